// Runs once Neo4j is first reachable: schema setup, the stored degrees' migration, then the article seed on an empty database.
import type { Logger } from 'pino';
import type { Executor } from './db/executor';
import { ensureSchema } from './db/schema-setup';
import { autoSeed } from './import';
import { backfillDegreesQuery } from './queries/degree/stored-degree';
import { importLockQuery } from './queries/load/write-queries';

export interface BootstrapOptions {
  executor: Executor;
  logger: Logger;
  autoSeed: boolean;
}

export async function bootstrapDatabase({ executor, logger, autoSeed: seed }: BootstrapOptions): Promise<void> {
  await ensureSchema(executor);
  logger.debug('schema constraints and indexes are in place');
  await backfillDegrees(executor, logger);
  if (seed) await autoSeed(executor, logger);
}

/** Stored degrees for data written before they existed (or set wrong by hand); under the writers' lock. */
async function backfillDegrees(executor: Executor, logger: Logger): Promise<void> {
  const fixed = await executor.writeTransaction(async (tx) => {
    await tx.run(importLockQuery());
    const [row] = await tx.run(backfillDegreesQuery());
    return Number(row?.fixed ?? 0);
  });
  if (fixed > 0) logger.info({ fixed }, 'stored the degree of entities that had none or a wrong one');
}
