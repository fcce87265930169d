// Builds the real app against the test Neo4j, as main.ts does, but without listening.
import { inject } from 'vitest';
import pino from 'pino';
import { createApp } from '../../server/app';
import { bootstrapDatabase } from '../../server/bootstrap';
import { createDriver } from '../../server/db/driver';
import { Executor, type ExecutorOptions, type Query } from '../../server/db/executor';
import type { CompiledQueryCache } from '../../server/graphql/compiled-execution';
import type { RequestLimits } from '../../server/graphql/limits';
import { DatabaseMonitor } from '../../server/db/monitor';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

export interface TestAppOptions {
  uri?: string;
  clientDir?: string;
  /** CORS_ORIGINS as the server would get them. */
  corsOrigins?: string[];
  /** Sees every Cypher statement sent (to count round trips). */
  onQuery?: (query: Query) => void;
  /** Cost, result size and deadline, instead of the defaults. */
  limits?: Partial<RequestLimits>;
  /** Builds the executor (a seam: e.g. one whose reads are slow); default: the real one. */
  makeExecutor?: (driver: ReturnType<typeof createDriver>, options: ExecutorOptions) => Executor;
  /** Wait (up to 30 s) for Neo4j to answer before returning; false for a Neo4j that is meant to be unreachable. */
  awaitReady?: boolean;
  /** Told after every mutation, as main.ts tells the stored layout job. */
  onGraphChange?: () => void;
  /** Compiled documents (a seam to count compilations); null: graphql-js's executor; default: the app's own. */
  compiledQueries?: CompiledQueryCache | null;
}

export async function createTestApp(options: TestAppOptions = {}) {
  const logger = pino({ level: 'silent' });
  const uri = options.uri ?? inject('neo4jUri');
  const driver = createDriver({ uri, user: inject('neo4jUser'), password: inject('neo4jPassword') });
  const executorOptions: ExecutorOptions = { timeoutMs: 30_000, onQuery: (query) => options.onQuery?.(query) };
  const makeExecutor = options.makeExecutor ?? ((given, executorOptions) => new Executor(given, executorOptions));
  const executor = makeExecutor(driver, executorOptions);
  // The monitor's own executor: its background pings and the schema setup are not the app's queries
  // that onQuery sees.
  const plain = new Executor(driver, { timeoutMs: 30_000 });
  const monitor = new DatabaseMonitor({
    executor: plain,
    logger,
    uri,
    bootstrap: () => bootstrapDatabase({ executor: plain, logger, autoSeed: false }),
    // Test machines are busy: a slow ping there is not an outage.
    probeTimeoutMs: 5_000,
  });
  // As main.ts: the app's executor asks the monitor first, and the monitor keeps probing.
  const deadline = Date.now() + (options.awaitReady === false ? 0 : 30_000);
  while (!(await monitor.check()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  monitor.start();
  // The deadline outlasts the executor's generous timeout, as config.ts does for the real server.
  const limits = { requestTimeoutMs: 35_000, ...options.limits };
  const app = createApp({
    executor: makeExecutor(driver, { ...executorOptions, guard: monitor }),
    monitor,
    logger,
    apiToken: TEST_TOKEN,
    clientDir: options.clientDir,
    corsOrigins: options.corsOrigins ?? [],
    limits,
    onGraphChange: options.onGraphChange,
    ...(options.compiledQueries !== undefined ? { compiledQueries: options.compiledQueries } : {}),
  });
  return {
    app,
    executor,
    monitor,
    driver,
    /** POSTs a GraphQL operation through app.fetch and returns the parsed body. */
    async graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await app.fetch('http://localhost/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as { data?: T; errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] };
    },
    async close() {
      monitor.stop();
      await driver.close();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Empties the test database so that a test file starts from a known state. */
export async function resetDatabase(executor: Executor): Promise<void> {
  await executor.write({ cypher: 'MATCH (n) DETACH DELETE n', params: {} });
}
