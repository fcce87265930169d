// Names users cannot take: they would collide with Jejaring's own labels, types and keys.
import { SEED_SCHEMA_DEFINITIONS } from './seed-schema';

/** Types that would collide with the loader's own labels and relationship types. */
export const RESERVED_ENTITY_TYPES: ReadonlySet<string> = new Set(['Entity', 'Source']);
export const RESERVED_RELATION_TYPES: ReadonlySet<string> = new Set(['MENTIONS']);

/** Keys that cannot be user properties: the seed schema's own list (definitions.propertyName.not.enum). */
export const RESERVED_PROPERTY_KEYS: ReadonlySet<string> = new Set(SEED_SCHEMA_DEFINITIONS.propertyName.not.enum);
