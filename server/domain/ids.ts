// Ids: entity and source ids are kebab-case (schema/seed.schema.json, definitions.id); a relation
// is identified by its ends and type, `from|TYPE|to`, which is also its stored `id`.

/** The seed schema's id pattern (definitions.id.pattern), for ids that do not pass through the schema check. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 100;

export const isId = (value: string) => ID_PATTERN.test(value) && value.length <= MAX_ID_LENGTH;

export const relationKey = (from: string, type: string, to: string) => `${from}|${type}|${to}`;

/** Edits that name no source are recorded as mentioned by this source (created on first use). */
export const MANUAL_SOURCE = { id: 'manual', title: 'Manual edits' } as const;
