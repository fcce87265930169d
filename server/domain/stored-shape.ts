// How seed values are stored on Neo4j nodes and relationships (docs/data-model.md), and the
// comparison that keeps a second load of the same file from writing anything.
import type { Entity, Evidence } from './entity';
import { isInternal } from './fields';
import { aliasText, normalizedForms } from './text';
import type { Plain, PlainMap, Properties } from './values';

/** The node properties of an entity (the description may be absent). */
export function entityProps(entity: Entity): PlainMap {
  return {
    ...entity.properties,
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    ...(entity.description !== undefined ? { description: entity.description } : {}),
    _aliasText: aliasText(entity.aliases),
    _norm: normalizedForms(entity.name, entity.aliases),
    ...(entity.position !== undefined ? { _x: entity.position.x, _y: entity.position.y } : {}),
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
    // Object.hasOwn, never `in` or a bare lookup: `constructor` and `toString` are valid keys.
    if (!samePlain(Object.hasOwn(existing, key) ? existing[key] : undefined, value)) set[key] = value;
  }
  for (const key of Object.keys(existing)) {
    if (!Object.hasOwn(desired, key) && !isInternal(key)) set[key] = null;
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
