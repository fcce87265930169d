// Ids: entity and source ids are kebab-case (schema/seed.schema.json, definitions.id); a relation
// is identified by its ends and type, `from|TYPE|to`, which is also its stored `id`.
import { SEED_SCHEMA_DEFINITIONS } from './seed-schema';

/** The seed schema's id rule (definitions.id), for ids that do not pass through the schema check. */
export const ID_PATTERN = new RegExp(SEED_SCHEMA_DEFINITIONS.id.pattern);
export const MAX_ID_LENGTH = SEED_SCHEMA_DEFINITIONS.id.maxLength;

export const isId = (value: string) => ID_PATTERN.test(value) && value.length <= MAX_ID_LENGTH;

const KEY_SEPARATOR = '|';
export const relationKey = (from: string, type: string, to: string) => [from, type, to].join(KEY_SEPARATOR);
/** The same key as a Cypher expression over three Cypher string expressions (query variables, never input). */
export const relationKeyCypher = (from: string, type: string, to: string) => [from, type, to].join(` + '${KEY_SEPARATOR}' + `);

/** Edits that name no source are recorded as mentioned by this source (created on first use). */
export const MANUAL_SOURCE = { id: 'manual', title: 'Manual edits' } as const;
