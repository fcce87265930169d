// The list view's rows: the visible entities and relations, sorted by a column and matched against
// a filter text (names, types as words and raw, aliases, statuses, quotes). Pure, for tests.
import { statusBadge } from './relation-view';
import { relationWords } from './relation-words';
import type { GraphData, GraphEdge, GraphNode } from './types';

export type EntityColumn = 'name' | 'type' | 'degree';
export type RelationColumn = 'from' | 'relation' | 'to' | 'status' | 'evidence';
export interface Sort<C extends string> {
  column: C;
  descending: boolean;
}

export interface RelationRow {
  edge: GraphEdge;
  from: string;
  relation: string;
  to: string;
  status: string;
}

const fold = (text: string) => text.toLocaleLowerCase();
const compareText = (a: string, b: string) => a.localeCompare(b);

export function entityRows(nodes: readonly GraphNode[], sort: Sort<EntityColumn>): GraphNode[] {
  const key: Record<EntityColumn, (a: GraphNode, b: GraphNode) => number> = {
    name: (a, b) => compareText(a.name, b.name),
    type: (a, b) => compareText(a.type, b.type) || compareText(a.name, b.name),
    // Most connected first when descending, the usual reading of "sort by relations".
    degree: (a, b) => a.degree - b.degree || compareText(b.name, a.name),
  };
  const sorted = [...nodes].sort(key[sort.column]);
  return sort.descending ? sorted.reverse() : sorted;
}

export function relationRows(edges: readonly GraphEdge[], data: GraphData, sort: Sort<RelationColumn>): RelationRow[] {
  const name = (id: string) => data.nodes[id]?.name ?? id;
  const rows = edges.map((edge) => ({
    edge,
    from: name(edge.source),
    relation: relationWords(edge.type),
    to: name(edge.target),
    status: statusBadge(edge.properties, (id) => data.nodes[id]?.name)?.text ?? 'stated',
  }));
  const key: Record<RelationColumn, (a: RelationRow, b: RelationRow) => number> = {
    from: (a, b) => compareText(a.from, b.from),
    relation: (a, b) => compareText(a.relation, b.relation),
    to: (a, b) => compareText(a.to, b.to),
    status: (a, b) => compareText(a.status, b.status),
    evidence: (a, b) => a.edge.evidence.length - b.edge.evidence.length,
  };
  const sorted = rows.sort((a, b) => key[sort.column](a, b) || compareText(a.edge.id, b.edge.id));
  return sort.descending ? sorted.reverse() : sorted;
}

export function entityMatches(node: GraphNode, filter: string): boolean {
  const q = fold(filter.trim());
  return q === '' || [node.name, node.type, ...node.aliases].some((text) => fold(text).includes(q));
}

export function relationMatches(row: RelationRow, filter: string): boolean {
  const q = fold(filter.trim());
  if (q === '') return true;
  const texts = [row.from, row.relation, row.edge.type, row.to, row.status, ...row.edge.evidence.map((e) => e.quote ?? '')];
  return texts.some((text) => fold(text).includes(q));
}
