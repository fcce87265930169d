// Chooses the database: NEO4J_URI when set, else the bundled Neo4j (started here, stopped on close).
import type { Logger } from 'pino';
import { startBundledNeo4j, type BundledNeo4j } from '../../neo4j/launcher';
import type { Neo4jConfig } from '../config';
import { createDriver } from './driver';
import { Executor, type ExecutorOptions } from './executor';

export interface Database {
  uri: string;
  executor: Executor;
  /** Closes the driver, then stops the bundled Neo4j if we started one. */
  close(): Promise<void>;
}

export async function connectDatabase(
  config: Neo4jConfig,
  logger: Logger,
  executorOptions: Omit<ExecutorOptions, 'database'>,
): Promise<Database> {
  let bundled: BundledNeo4j | undefined;
  let uri = config.uri;
  if (uri === undefined) {
    logger.info(`starting the bundled Neo4j (data in ${config.dataDir})…`);
    bundled = await startBundledNeo4j({
      dataDir: config.dataDir,
      port: config.boltPort,
      heap: config.heap,
      onLog: (line) => logger.debug({ neo4j: true }, line),
    });
    uri = bundled.uri;
  }
  const driver = createDriver({ ...config, uri });
  const executor = new Executor(driver, { ...executorOptions, database: config.database });
  return {
    uri,
    executor,
    async close() {
      await driver.close();
      await bundled?.stop();
    },
  };
}
