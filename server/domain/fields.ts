// Which stored keys are Jejaring's own and which are user properties (docs/data-model.md).
import type { PlainMap, Properties, PropertyValue } from './values';

/** Node properties that are not user properties (besides internal `_*` ones). */
export const ENTITY_FIELDS: ReadonlySet<string> = new Set(['id', 'type', 'name', 'aliases', 'description']);
/** Relationship properties that are not user properties. */
export const RELATION_FIELDS: ReadonlySet<string> = new Set(['id', 'sources', 'evidenceSources', 'evidenceQuotes']);
export const SOURCE_FIELDS = ['title', 'url', 'publisher', 'publishedAt', 'language', 'text'] as const;

/** `_norm`, `_aliasText`…: computed by Jejaring, never user properties. */
export const isInternal = (key: string) => key.startsWith('_');

/**
 * User properties of stored props: everything but `fields` and internal keys, keys sorted so that
 * API answers and exports are deterministic. Null values are dropped: Neo4j cannot store a null
 * property (setting null removes it), so a null only means "absent" — the loader's comparisons
 * rely on that, and the API never showed a null property because none can be read back.
 */
export function userProperties(props: PlainMap, fields: ReadonlySet<string>): Properties {
  const out: Properties = {};
  for (const key of Object.keys(props).sort()) {
    const value = props[key];
    // Stored properties are always PropertyValues: Neo4j holds scalars and arrays of one scalar type.
    if (!fields.has(key) && !isInternal(key) && value !== null && value !== undefined) out[key] = value as PropertyValue;
  }
  return out;
}
