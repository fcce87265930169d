// On an empty database (no :Entity at all), load every seed file in seed/ — the pinned article
// graph — so that a fresh `npm start` shows something. One log line either way.
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { Executor } from '../db/executor';
import { anyEntityQuery } from '../queries/load/state-queries';
import { importSeeds } from './pipeline';
import { readSeedPath } from './formats/read-path';
import { formatError } from './report';

export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

/** Returns whether it loaded anything. Invalid seed files are logged, not thrown: the server still starts. */
export async function autoSeed(executor: Executor, logger: Logger, seedDir = SEED_DIR): Promise<boolean> {
  const [row] = await executor.read(anyEntityQuery());
  if (row?.any === true) return false;
  const inputs = readSeedPath(seedDir);
  const report = await importSeeds(executor, inputs);
  if (!report.ok) {
    logger.error(`auto-seed: the seed files in ${seedDir} are invalid, nothing was loaded:\n${report.errors.map(formatError).join('\n')}`);
    return false;
  }
  logger.info(
    `auto-seed: empty database, loaded ${inputs.length} seed file${inputs.length === 1 ? '' : 's'}: ` +
      `${report.entitiesCreated} entities, ${report.relationsCreated} relations, ${report.sourcesCreated} sources`,
  );
  return true;
}
