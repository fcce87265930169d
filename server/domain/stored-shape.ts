// How seed values are stored on Neo4j nodes and relationships (docs/data-model.md), and the
// comparison that keeps a second load of the same file from writing anything.
import type { Plain } from '../db/convert';
import { aliasText, normalizedForms } from './text';
import type { Evidence } from '../import/validate/seed-checks';
import type { PlainMap } from '../queries/load/state-queries';
import type { Properties } from '../import/types';

/** Node properties that are not user properties (besides internal `_*` ones). */
export const ENTITY_FIELDS = new Set(['id', 'type', 'name', 'aliases', 'description']);
/** Relationship properties that are not user properties. */
export const RELATION_FIELDS = new Set(['id', 'sources', 'evidenceSources', 'evidenceQuotes']);
export const SOURCE_FIELDS = ['title', 'url', 'publisher', 'publishedAt', 'language'] as const;

export const isInternal = (key: string) => key.startsWith('_');

export function userProperties(props: PlainMap, fields: ReadonlySet<string>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(props)) {
    if (!fields.has(key) && !isInternal(key) && value !== null) out[key] = value as Properties[string];
  }
  return out;
}

export interface StoredEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  description?: string | undefined;
  properties: Properties;
}

export function entityProps(entity: StoredEntity): PlainMap {
  return {
    ...entity.properties,
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    ...(entity.description !== undefined ? { description: entity.description } : {}),
    _aliasText: aliasText(entity.aliases),
    _norm: normalizedForms(entity.name, entity.aliases),
  };
}

export function relationProps(id: string, properties: Properties, evidence: readonly Evidence[]): PlainMap {
  return {
    ...properties,
    id,
    sources: [...new Set(evidence.map((item) => item.source))],
    evidenceSources: evidence.map((item) => item.source),
    evidenceQuotes: evidence.map((item) => item.quote),
  };
}

export function storedEvidence(props: PlainMap): Evidence[] {
  const sources = Array.isArray(props.evidenceSources) ? props.evidenceSources : [];
  const quotes = Array.isArray(props.evidenceQuotes) ? props.evidenceQuotes : [];
  return sources.map((source, i) => ({ source: String(source), quote: String(quotes[i] ?? '') }));
}

/**
 * The `SET x += $set` map that turns `existing` into `desired`: changed keys, plus null for
 * removable keys that `desired` no longer has (null removes a property). Empty: nothing to write.
 */
export function propsDiff(existing: PlainMap, desired: PlainMap): PlainMap {
  const set: PlainMap = {};
  for (const [key, value] of Object.entries(desired)) {
    if (!samePlain(existing[key], value)) set[key] = value;
  }
  for (const key of Object.keys(existing)) {
    if (!(key in desired) && !isInternal(key)) set[key] = null;
  }
  return set;
}

export function samePlain(a: Plain | undefined, b: Plain | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => samePlain(x, b[i]));
  return a === b || (a === undefined && b === null) || (a === null && b === undefined);
}

export function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}
