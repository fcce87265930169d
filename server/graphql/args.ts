// Argument checks shared by resolvers: BAD_USER_INPUT naming the argument, and the caps.
import type { GraphQLResolveInfo } from 'graphql';
import { isLabel, isRelType } from '../db/identifiers';
import { userInputError } from './errors';

/** Rejects values below 1; clamps values above `max` (documented). Null/undefined → `fallback`. */
export function countArg(value: number | null | undefined, field: string, fallback: number, max: number): number {
  if (value === null || value === undefined) return Math.min(fallback, max);
  if (!Number.isInteger(value) || value < 1) throw userInputError(`${field} must be at least 1 (got ${value}).`, field);
  return Math.min(value, max);
}

function listArg(
  value: readonly string[] | null | undefined,
  field: string,
  valid: (item: string) => boolean,
  what: string,
): string[] | null {
  // An empty list filters nothing out, like an absent one.
  if (value === null || value === undefined || value.length === 0) return null;
  value.forEach((item, index) => {
    if (!valid(item)) throw userInputError(`${field}[${index}]: ${JSON.stringify(item)} is not ${what}.`, field);
  });
  return [...new Set(value)];
}

export const entityTypesArg = (value: readonly string[] | null | undefined, field = 'types') =>
  listArg(value, field, isLabel, 'an entity type (PascalCase, e.g. "Person")');

export const relationTypesArg = (value: readonly string[] | null | undefined, field = 'relationTypes') =>
  listArg(value, field, isRelType, 'a relation type (UPPER_SNAKE, e.g. "LEADS")');

export const idsArg = (value: readonly string[] | null | undefined, field: string) =>
  listArg(value, field, (item) => item.length > 0 && item.length <= 100, 'an id');

/**
 * The SDL's default for an argument of the field being resolved (schema/jejaring.graphql), so that
 * resolvers do not repeat it. GraphQL applies it when the argument is absent; this covers an
 * explicit null, which the API has always treated as absent.
 */
export function sdlDefault(info: GraphQLResolveInfo, name: string): unknown {
  const arg = info.parentType.getFields()[info.fieldName]?.args.find((candidate) => candidate.name === name);
  if (arg?.defaultValue === undefined) throw new Error(`${info.parentType.name}.${info.fieldName}(${name}:) has no default in the SDL`);
  return arg.defaultValue;
}

/** countArg with the SDL's default as the fallback. */
export const countArgOf = (info: GraphQLResolveInfo, value: number | null | undefined, field: string, max: number) =>
  countArg(value, field, Number(sdlDefault(info, field)), max);
