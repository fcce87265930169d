// The seed loader's public face, shared by the CLI (`npm run seed`), the GraphQL mutation
// `importSeed` and the auto-seed at start. Validation problems never throw: they come back as
// `ok: false` with every error, and nothing is written. Connection problems throw
// DatabaseUnavailableError (server/db/errors.ts).
import type { Executor } from '../db/executor';
import { loadPrepared, type LoadOptions } from './write/load';
import { prepareSeed, type PreparedSeed } from './validate/prepare';
import type { SeedInput } from './formats/read-path';
import { failedReport } from './report';
import type { ImportError, ImportOptions, ImportReport, SeedFormat } from './types';

export type { SeedInput } from './formats/read-path';
export type * from './types';
export { readSeedPath, SeedPathError } from './formats/read-path';
export { deleteSource } from './write/delete-source';
export { NotFoundError } from '../domain/errors';
export { checkSchema } from './validate/schema-validator';
export { formatError, formatResolution, summarize } from './report';
export { prepareSeed } from './validate/prepare';
export { exportCytoscape } from './formats/export-cytoscape';

/**
 * `failAfterBatch` is a TEST-ONLY hook (see apply.ts); the API and the CLI never set it.
 * For 'csv' the input is `{ entities, relations, sources? }` (CSV texts); for 'cytoscape' the parsed
 * Cytoscape.js JSON; for 'json' (default) the parsed seed object.
 */
export type ImportSeedOptions = ImportOptions & { format?: SeedFormat } & Pick<LoadOptions, 'failAfterBatch' | 'timeoutMs'>;

export function importSeed(executor: Executor, input: unknown, options: ImportSeedOptions = {}): Promise<ImportReport> {
  return importSeeds(executor, [{ name: '', format: options.format ?? 'json', input }], options);
}

/**
 * Several inputs load in ONE transaction, in order: a later file may refer to entities of an
 * earlier one. Error paths carry the input's name when there is more than one.
 */
export async function importSeeds(executor: Executor, inputs: readonly SeedInput[], options: ImportSeedOptions = {}): Promise<ImportReport> {
  const prepared = prepareAll(inputs);
  if (!Array.isArray(prepared)) return failedReport(prepared.errors, options.dryRun === true);
  return loadPrepared(executor, prepared, options);
}

/** The database-free part of importSeeds: conversion, schema and in-file checks. */
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
