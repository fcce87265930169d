// Entry point of `npm start`: read config, connect, listen, and stop the whole process tree on
// SIGTERM/SIGINT, on our parent's death, or when the bundled Neo4j cannot be kept running.
// Everything is built in app.ts.
import { createServer } from 'node:http';
import { LauncherError } from '../neo4j/launcher';
import { createApp } from './app';
import { bootstrapDatabase } from './bootstrap';
import { loadConfigOrExit } from './config';
import { connectDatabase } from './db/connect';
import { DatabaseMonitor } from './db/monitor';
import { generateApiToken } from './graphql/auth';
import { ensureClientBuilt } from './http/client-build';
import { LayoutJob } from './layout/layout-job';
import { createLogger } from './logger';
import { FirstViewWarmup } from './warmup/first-view-warmup';
import { GraphUpkeep } from './warmup/graph-upkeep';

const config = loadConfigOrExit(process.env);
const logger = createLogger(config.logLevel, config.production);
const { supervision } = config;
// npm start sets NODE_ENV=production unless it is set (graphql-js skips its development checks then).
logger.info(`running with NODE_ENV=${process.env.NODE_ENV || '(unset)'}`);

// A signal while starting stops start-up at once; the bundled JVM watches this process from its
// first moment and stops itself (neo4j/src/.../Launcher.java). Replaced by shutdown() once serving.
const stopStartup = (signal: NodeJS.Signals) => {
  logger.info(`${signal} while starting: stopping`);
  process.exit(0);
};
process.once('SIGINT', stopStartup);
process.once('SIGTERM', stopStartup);

const database = await connectDatabase(config.neo4j, logger, {
  executor: { timeoutMs: config.queryTimeoutMs },
  driver: { connectionTimeoutMs: supervision.connectTimeoutMs, acquisitionTimeoutMs: supervision.connectTimeoutMs + 1_000 },
  restartPolicy: { maxRestarts: supervision.restartLimit, initialBackoffMs: 500, maxBackoffMs: 15_000, stableMs: 60_000 },
}).catch((error: unknown) => {
  if (!(error instanceof LauncherError)) throw error;
  logger.fatal(`could not start the bundled Neo4j: ${error.message}`);
  process.exit(2);
});
// Created first, so that shutdown() works even if Neo4j fails while the client is being built.
const server = createServer();
// Stored layout positions: laid out again after every mutation, and once Neo4j is first reachable
// (after the schema and the auto-seed: a graph loaded by the CLI or an older version has none yet).
let layoutJob: LayoutJob | null = null;
// The layout job, then the first view's warm-up (server/warmup/): after start and after every change.
let upkeep: GraphUpkeep | null = null;
const monitor = new DatabaseMonitor({
  executor: database.executor,
  logger,
  uri: database.uri,
  bootstrap: async () => {
    await bootstrapDatabase({ executor: database.executor, logger, autoSeed: config.autoSeed });
    upkeep?.started();
  },
  onBack: () => upkeep?.reconnected(),
  intervalMs: supervision.probeIntervalMs,
  probeTimeoutMs: supervision.probeTimeoutMs,
});
database.events.on('down', (reason) => monitor.markGone(reason));
database.events.on('stopped', (reason) => void shutdown(`Neo4j stopped (${reason})`, 0));
database.events.on('failed', () => void shutdown('Neo4j cannot be kept running', 3));
const clientDir = await ensureClientBuilt((line) => logger.info(line));
const apiToken = config.apiToken ?? generateApiToken();
// Requests ask the monitor first: while Neo4j is known to be down they fail at once.
const executor = database.executor.guardedBy(monitor);
// The job uses the unguarded executor: it runs from the bootstrap, before the monitor reports Neo4j up.
if (config.layoutMaxEntities > 0) layoutJob = new LayoutJob({ executor: database.executor, logger, maxEntities: config.layoutMaxEntities });
const app = createApp({
  executor,
  monitor,
  logger,
  apiToken,
  clientDir,
  corsOrigins: config.corsOrigins,
  limits: config.limits,
  onGraphChange: () => upkeep?.changed(),
  ...(config.graphqlJit ? {} : { compiledQueries: null }),
});
const warmup = config.firstViewWarmup ? new FirstViewWarmup({ fetch: (url, init) => app.fetch(url, init), logger }) : null;
upkeep = new GraphUpkeep({ layoutJob, warmup });
server.on('request', app.requestListener);

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://localhost:${port}`;
  console.log(`\n  Jejaring is running on Neo4j at ${database.uri}\n`);
  console.log(`  Explorer   ${base}/`);
  console.log(`  GraphQL    ${base}/graphql`);
  console.log(`  Health     ${base}/healthz   ${base}/readyz\n`);
  if (!config.apiToken) {
    console.log(`  Writes need a token. For this run it is:\n\n    ${apiToken}\n`);
    console.log('  (set API_TOKEN to choose your own; with several servers on one Neo4j, give them all the same API_TOKEN)\n');
  }
  monitor.start();
});

let stopping = false;
async function shutdown(why: string, exitCode: number) {
  if (stopping) return;
  stopping = true;
  (exitCode === 0 ? logger.info : logger.error).call(logger, `${why}: stopping`);
  monitor.stop();
  upkeep?.stop();
  // A frozen Neo4j cannot stop cleanly: past this, kill it and go, rather than hang.
  setTimeout(() => {
    const pid = database.neo4jPid();
    try {
      if (pid) process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    logger.error('could not stop cleanly in 20 s; killed the bundled Neo4j');
    process.exit(exitCode || 1);
  }, 20_000).unref();
  // Drain HTTP: stop accepting, let requests in flight finish, then drop idle keep-alive sockets.
  const closed = new Promise<void>((done) => server.close(() => done()));
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 5_000);
  await closed;
  clearTimeout(force);
  await database.close();
  logger.info('stopped');
  process.exit(exitCode);
}
process.off('SIGINT', stopStartup);
process.off('SIGTERM', stopStartup);
process.on('SIGINT', () => void shutdown('SIGINT', 0));
process.on('SIGTERM', () => void shutdown('SIGTERM', 0));

// Under `npm start`, npm is our parent: if it dies without passing its signal on (or is SIGKILLed),
// we are reparented, and stop rather than live on as an orphan holding the port and the JVM.
// Run directly (node server/main.ts, under nohup or a service manager), the parent may come and go.
if (process.env.npm_lifecycle_event) {
  const parentPid = process.ppid;
  setInterval(() => {
    if (process.ppid !== parentPid) void shutdown(`npm (pid ${parentPid}) is gone`, 0);
  }, 500).unref();
}
