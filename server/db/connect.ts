// Chooses the database: NEO4J_URI when set, else the bundled Neo4j (started and supervised here,
// stopped on close). What happens to the bundled JVM is logged here and told to listeners.
import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { Neo4jSupervisor, type RestartPolicy } from '../../neo4j/supervisor';
import type { Neo4jConfig } from '../config';
import { createDriver, type DriverTimeouts } from './driver';
import { Executor, type ExecutorOptions } from './executor';

export interface DatabaseEvents {
  /** The bundled Neo4j exited unasked; a restart follows. */
  down: [reason: string];
  /** The bundled Neo4j was stopped from outside (SIGTERM/SIGINT to the JVM): stop the service. */
  stopped: [reason: string];
  /** The bundled Neo4j keeps dying: the service cannot recover by itself. */
  failed: [reason: string];
}

export interface Database {
  uri: string;
  executor: Executor;
  events: EventEmitter<DatabaseEvents>;
  /** Pid of the bundled JVM running now; undefined for an external Neo4j. */
  neo4jPid(): number | undefined;
  /** Closes the driver, then stops the bundled Neo4j if we started one. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  executor: Omit<ExecutorOptions, 'database'>;
  driver?: Partial<DriverTimeouts>;
  restartPolicy?: RestartPolicy;
}

export async function connectDatabase(config: Neo4jConfig, logger: Logger, options: ConnectOptions): Promise<Database> {
  const events = new EventEmitter<DatabaseEvents>();
  let supervisor: Neo4jSupervisor | undefined;
  let uri = config.uri;
  if (uri === undefined) {
    logger.info(`starting the bundled Neo4j (data in ${config.dataDir})…`);
    supervisor = new Neo4jSupervisor(
      { dataDir: config.dataDir, port: config.boltPort, heap: config.heap, onLog: (line) => logger.debug({ neo4j: true }, line) },
      {
        onExit: (description, restartInMs) => {
          logger.error(`${description}; restarting it in ${restartInMs} ms`);
          events.emit('down', description);
        },
        onRestarted: (neo4j) => logger.info(`the bundled Neo4j is running again (pid ${neo4j.pid})`),
        onStoppedFromOutside: (description) => {
          logger.warn(`Neo4j was stopped from outside (${description}); stopping too`);
          events.emit('stopped', description);
        },
        onGiveUp: (reason) => {
          logger.fatal(reason);
          events.emit('failed', reason);
        },
      },
      options.restartPolicy,
    );
    uri = (await supervisor.start()).uri;
  }
  const driver = createDriver({ ...config, uri }, options.driver);
  const executor = new Executor(driver, { ...options.executor, database: config.database });
  return {
    uri,
    executor,
    events,
    neo4jPid: () => supervisor?.pid,
    async close() {
      await driver.close();
      await supervisor?.stop();
    },
  };
}
