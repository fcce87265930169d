// The loader's pipeline, start to end: formats/ (file → seed candidate) → validate/ (schema and
// in-file checks) → then, in ONE write transaction, resolve/ (database state, entity resolution)
// → plan/ (the writes, pure) → write/ (apply them). Validation problems never throw: they come
// back as `ok: false` with every error, and nothing is written. Connection problems throw
// DatabaseUnavailableError (server/db/errors.ts).
import type { CytoscapeOptions } from './formats/cytoscape-convert';
import type { SeedInput } from './formats/read-path';
import { failedReport } from './report';
import type { ImportOptions, ImportReport, SeedFormat } from './types';
import { prepareAll } from './validate/prepare';
import { loadPrepared, type LoadOptions, type LoadRunner } from './write/load';

/**
 * For 'csv' the input is `{ entities, relations, sources? }` (CSV texts); for 'cytoscape' the parsed
 * Cytoscape.js JSON; for 'json' (default) the parsed seed object.
 */
export type ImportSeedOptions = ImportOptions & { format?: SeedFormat | undefined; mapping?: CytoscapeOptions | undefined } & Pick<
    LoadOptions,
    'timeoutMs'
  >;

export function importSeed(executor: LoadRunner, input: unknown, options: ImportSeedOptions = {}): Promise<ImportReport> {
  return importSeeds(executor, [{ name: '', format: options.format ?? 'json', input, mapping: options.mapping }], options);
}

/**
 * Several inputs load in ONE transaction, in order: a later file may refer to entities of an
 * earlier one. Error paths carry the input's name when there is more than one.
 */
export async function importSeeds(
  executor: LoadRunner,
  inputs: readonly SeedInput[],
  options: ImportSeedOptions = {},
): Promise<ImportReport> {
  const prepared = prepareAll(inputs);
  if (!Array.isArray(prepared)) return failedReport(prepared.errors, options.dryRun === true);
  return loadPrepared(executor, prepared, options);
}
