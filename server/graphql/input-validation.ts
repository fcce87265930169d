// upsertEntity / upsertRelation inputs are checked with the seed format's rules: the input is
// wrapped as a one-item seed and given to the loader's JSON Schema check, so the API and seed files
// accept exactly the same values. Errors become BAD_USER_INPUT naming the field (`input.type`).
import { isPropertyKey } from '../db/identifiers';
import { RESERVED_ENTITY_TYPES, RESERVED_PROPERTY_KEYS, RESERVED_RELATION_TYPES } from '../domain/reserved';
import { checkFaithful, checkSchema } from '../import';
import type { EntityInput, RelationInput } from './types';
import { userInputError } from './errors';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Splits `properties` into values to validate and keys to remove (null values). */
function splitProperties(value: unknown): { values: JsonObject; removed: string[] } {
  if (value === null || value === undefined) return { values: {}, removed: [] };
  if (!isObject(value)) throw userInputError('input.properties must be a JSON object.', 'input.properties');
  const values: JsonObject = {};
  const removed: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    const field = `input.properties.${key}`;
    // `_` keys are internal (e.g. _norm, _aliasText): never writable through the API.
    if (!isPropertyKey(key))
      throw userInputError(`${field}: "${key}" is not a valid property key (a letter, then letters, digits or _, at most 64).`, field);
    if (RESERVED_PROPERTY_KEYS.has(key)) throw userInputError(`${field}: "${key}" is a reserved key and cannot be a property.`, field);
    if (item === null) removed.push(key);
    else values[key] = item;
  }
  return { values, removed };
}

/** Throws BAD_USER_INPUT for the first schema error, its path rewritten from the seed to the input. */
function check(seed: JsonObject, collection: 'entities' | 'relations'): void {
  // What cannot be stored as given (a lone surrogate, an integer past 2^53) is refused first, as the loader does.
  const [first] = [...checkFaithful(seed), ...checkSchema(seed)];
  if (!first) return;
  const field = first.path.replace(new RegExp(`^${collection}\\[0\\]`), 'input');
  throw userInputError(`${field}: ${first.message}`, field);
}

export interface ValidEntity {
  properties: JsonObject;
  removedProperties: string[];
}

export function validateEntityInput(input: EntityInput): ValidEntity {
  const { values, removed } = splitProperties(input.properties);
  const entity: JsonObject = { id: input.id, type: input.type, name: input.name, properties: values };
  if (input.aliases != null) entity.aliases = input.aliases;
  if (input.description != null) entity.description = input.description;
  check({ version: 1, entities: [entity] }, 'entities');
  if (RESERVED_ENTITY_TYPES.has(input.type)) {
    throw userInputError(`input.type: "${input.type}" is reserved for Jejaring's own nodes.`, 'input.type');
  }
  return { properties: values, removedProperties: removed };
}

export interface ValidRelation {
  properties: JsonObject;
  removedProperties: string[];
  evidence: { source: string; quote: string }[];
}

export function validateRelationInput(input: RelationInput): ValidRelation {
  const { values, removed } = splitProperties(input.properties);
  const evidence = (input.evidence ?? []).map((item) => (item.quote == null ? { source: item.source } : { ...item }));
  check({ version: 1, relations: [{ type: input.type, from: input.from, to: input.to, properties: values, evidence }] }, 'relations');
  if (RESERVED_RELATION_TYPES.has(input.type)) {
    throw userInputError(`input.type: "${input.type}" is reserved for provenance links.`, 'input.type');
  }
  return {
    properties: values,
    removedProperties: removed,
    evidence: evidence.map((item) => ({ source: item.source, quote: item.quote ?? '' })),
  };
}
