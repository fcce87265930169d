// Everything that can be checked without the database: conversion to a seed, the JSON Schema,
// uniqueness and in-file references. Pure. The result is loaded by write/load.ts.
import { convert } from '../formats/convert';
import type { Locate } from '../formats/locate';
import type { SeedInput } from '../formats/read-path';
import { lineColumn, loneSurrogateIndex, loneSurrogateMessage } from '../../domain/text-checks';
import { checkFaithful } from './faithful';
import { checkSchema } from './schema-validator';
import { checkLocal, normalizeSeed, type References, type Seed } from './seed-checks';
import type { ImportError, SeedFile, SeedFormat } from '../types';

export interface PreparedSeed {
  /** Shown before error paths when several files load together. */
  name?: string | undefined;
  seed: Seed;
  references: References;
  locate: Locate;
  /** The converter's mapping lines, for the report. */
  notes?: string[];
}

export type Prepared = { ok: true; prepared: PreparedSeed } | { ok: false; errors: ImportError[] };

export function prepareSeed(input: unknown, format: SeedFormat = 'json', name?: string): Prepared {
  const fail = (errors: ImportError[]): Prepared => ({ ok: false, errors: named(name, errors) });
  // What cannot be stored as given is refused before anything else looks at it: nothing deeper
  // than the limit reaches the schema check or the error messages.
  const unfaithful = format === 'csv' ? csvTextProblems(input) : checkFaithful(input);
  if (unfaithful.length) return fail(unfaithful);
  const converted = convert(input, format);
  // Conversion errors (CSV header, Cytoscape shape) come first; the schema check still runs so
  // that every problem is reported at once.
  const errors = [...converted.errors];
  if (converted.file === undefined) return fail(errors);
  const schemaErrors = checkSchema(converted.file);
  errors.push(...schemaErrors.map(converted.locate));
  if (errors.length) return fail(errors);
  const seed = normalizeSeed(converted.file as SeedFile);
  const local = checkLocal(seed);
  if (local.errors.length) return fail(local.errors.map(converted.locate));
  const notes = (converted as { notes?: string[] }).notes ?? [];
  return {
    ok: true,
    prepared: {
      name,
      seed,
      references: local.references,
      locate: converted.locate,
      notes: name ? notes.map((note) => `${name}: ${note}`) : notes,
    },
  };
}

/** Lone surrogates in CSV texts (only an API caller can send them; files are checked as UTF-8). */
function csvTextProblems(input: unknown): ImportError[] {
  if (typeof input !== 'object' || input === null) return [];
  const errors: ImportError[] = [];
  for (const file of ['entities', 'relations', 'sources']) {
    const text = (input as Record<string, unknown>)[file];
    if (typeof text !== 'string') continue;
    const index = loneSurrogateIndex(text);
    if (index === -1) continue;
    const { line, column } = lineColumn(text, index);
    errors.push({ path: `${file}.csv:${line}:${column}`, message: loneSurrogateMessage(text, index) });
  }
  return errors;
}

/** Prefixes error paths with the file name (`a.json: relations[3].to`), except CSV `file:line`s. */
export function named(name: string | undefined, errors: ImportError[]): ImportError[] {
  if (!name) return errors;
  return errors.map((error) => (/^\w+\.csv:\d+(:\d+)?$/.test(error.path) ? error : { ...error, path: `${name}: ${error.path}` }));
}

/** The database-free part of a load, for every input: conversion, schema and in-file checks. */
export function prepareAll(inputs: readonly SeedInput[]): PreparedSeed[] | { errors: ImportError[] } {
  const errors: ImportError[] = [];
  const prepared: PreparedSeed[] = [];
  const several = inputs.length > 1;
  for (const input of inputs) {
    if (input.errors?.length) {
      errors.push(...input.errors);
      continue;
    }
    const result = prepareSeed(input.input, input.format, several ? input.name : undefined);
    if (result.ok) prepared.push(result.prepared);
    else errors.push(...result.errors);
  }
  return errors.length ? { errors } : prepared;
}
