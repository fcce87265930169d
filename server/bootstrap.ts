// Runs once Neo4j is first reachable: schema setup, then the article seed on an empty database.
import type { Logger } from 'pino';
import type { Executor } from './db/executor';
import { ensureSchema } from './db/schema-setup';
import { autoSeed } from './import';

export interface BootstrapOptions {
  executor: Executor;
  logger: Logger;
  autoSeed: boolean;
}

export async function bootstrapDatabase({ executor, logger, autoSeed: seed }: BootstrapOptions): Promise<void> {
  await ensureSchema(executor);
  logger.debug('schema constraints and indexes are in place');
  if (seed) await autoSeed(executor, logger);
}
