// Where the known entities come from: the running graph (through the Executor), or seed files
// (--known), read and checked by the importer's own preparation, in any format it reads.
import type { Executor } from '../db/executor';
import { prepareAll, readSeedPath } from '../import';
import { formatError } from '../import';
import { knownNamesQuery } from '../queries/read/known-names';
import type { KnownEntity } from './types';

/** Reading more names than this from the graph is refused: raise it here if a graph outgrows it. */
export const MAX_KNOWN_ENTITIES = 1_000_000;

export class KnownSourceError extends Error {}

export async function knownFromGraph(executor: Executor, limit = MAX_KNOWN_ENTITIES): Promise<KnownEntity[]> {
  const rows = await executor.read(knownNamesQuery(limit + 1));
  if (rows.length > limit) throw new KnownSourceError(`the graph has more than ${limit} entities; drafting reads at most that many names`);
  return rows.map((row) => ({
    id: String(row.id),
    type: String(row.type),
    name: String(row.name),
    aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
  }));
}

/** Entities of seed files (a file or folder each); throws with every problem found. */
export function knownFromSeeds(paths: readonly string[]): KnownEntity[] {
  const inputs = paths.flatMap((path) => readSeedPath(path));
  const prepared = prepareAll(inputs);
  if (!Array.isArray(prepared)) throw new KnownSourceError(prepared.errors.map(formatError).join('\n'));
  return prepared.flatMap((p) => p.seed.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases })));
}
