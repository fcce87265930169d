// How the details panel presents relations: grouped by type and direction, with a status badge
// that says how sure the source is ("expected", "assessed by Leif-Eric Easley").
import type { ApiRelation, GraphEdge, PropertyValue } from './types';

export interface RelationLike {
  id: string;
  type: string;
  from: { id: string; name: string; type: string };
  to: { id: string; name: string; type: string };
  properties: Record<string, PropertyValue> | null;
}

export interface RelationGroup<R extends RelationLike> {
  /** e.g. "LEADS →" for outgoing, "← LEADS" for incoming. */
  title: string;
  type: string;
  direction: 'out' | 'in';
  relations: R[];
}

export function groupRelations<R extends RelationLike>(entityId: string, relations: R[]): RelationGroup<R>[] {
  const groups = new Map<string, RelationGroup<R>>();
  for (const relation of relations) {
    const direction = relation.from.id === entityId ? 'out' : 'in';
    const key = `${relation.type}|${direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { title: direction === 'out' ? `${relation.type} →` : `← ${relation.type}`, type: relation.type, direction, relations: [] };
      groups.set(key, group);
    }
    group.relations.push(relation);
  }
  return [...groups.values()].sort((a, b) => a.type.localeCompare(b.type) || (a.direction === 'out' ? -1 : 1));
}

/** A relation from the API (from/to objects) as the canvas draws it (source/target ids). */
export function relationEdge(relation: ApiRelation): GraphEdge {
  return {
    id: relation.id,
    type: relation.type,
    source: relation.from.id,
    target: relation.to.id,
    properties: relation.properties,
    evidence: relation.evidence,
  };
}

/** The entity at the other end of a relation, seen from `entityId`. */
export function otherEnd<R extends RelationLike>(entityId: string, relation: R): R['from'] {
  return relation.from.id === entityId ? relation.to : relation.from;
}

export interface StatusBadge {
  status: string;
  text: string;
}

/** The badge for a relation's status; null for plain stated facts. `nameOf` turns claimedBy ids into names. */
export function statusBadge(
  properties: Record<string, PropertyValue> | null,
  nameOf: (id: string) => string | undefined,
): StatusBadge | null {
  const status = typeof properties?.status === 'string' ? properties.status : 'stated';
  if (status === 'stated') return null;
  const by = typeof properties?.claimedBy === 'string' ? properties.claimedBy : null;
  if (by && (status === 'claimed' || status === 'assessed')) return { status, text: `${status} by ${nameOf(by) ?? by}` };
  return { status, text: status };
}

/** Properties to list in the panel: status and claimedBy are already in the badge. */
export function displayProperties(properties: Record<string, PropertyValue> | null): [string, string][] {
  return Object.entries(properties ?? {})
    .filter(([key]) => key !== 'status' && key !== 'claimedBy')
    .map(([key, value]): [string, string] => [key, Array.isArray(value) ? value.join(', ') : String(value)])
    .sort(([a], [b]) => a.localeCompare(b));
}

/** "Konteks.co.id · 2024-06-18" style source line. */
export function sourceLine(source: { title?: string | null; publisher?: string | null; publishedAt?: string | null; id: string }): string {
  return [source.publisher, source.publishedAt].filter(Boolean).join(' · ');
}
