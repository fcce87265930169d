// Entry point of `npm start`: read config, connect, listen. Everything is built in app.ts.
import { createServer } from 'node:http';
import { LauncherError } from '../neo4j/launcher';
import { createApp } from './app';
import { bootstrapDatabase } from './bootstrap';
import { loadConfigOrExit } from './config';
import { connectDatabase } from './db/connect';
import { DatabaseMonitor } from './db/monitor';
import { generateApiToken } from './graphql/auth';
import { ensureClientBuilt } from './http/client-build';
import { createLogger } from './logger';

const config = loadConfigOrExit(process.env);
const logger = createLogger(config.logLevel, config.production);

const database = await connectDatabase(config.neo4j, logger, { timeoutMs: config.queryTimeoutMs }).catch((error: unknown) => {
  if (!(error instanceof LauncherError)) throw error;
  logger.fatal(`could not start the bundled Neo4j: ${error.message}`);
  process.exit(2);
});
const clientDir = await ensureClientBuilt((line) => logger.info(line));
const apiToken = config.apiToken ?? generateApiToken();
const monitor = new DatabaseMonitor({
  executor: database.executor,
  logger,
  uri: database.uri,
  bootstrap: () => bootstrapDatabase({ executor: database.executor, logger, autoSeed: config.autoSeed }),
});
const app = createApp({
  executor: database.executor,
  monitor,
  logger,
  apiToken,
  clientDir,
  corsOrigins: config.corsOrigins,
  limits: config.limits,
});
const server = createServer(app.requestListener);

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://localhost:${port}`;
  console.log(`\n  Jejaring is running on Neo4j at ${database.uri}\n`);
  console.log(`  Explorer   ${base}/`);
  console.log(`  GraphQL    ${base}/graphql`);
  console.log(`  Health     ${base}/healthz   ${base}/readyz\n`);
  if (!config.apiToken) {
    console.log(`  Writes need a token. For this run it is:\n\n    ${apiToken}\n\n  (set API_TOKEN to choose your own)\n`);
  }
  monitor.start(5_000);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: stopping`);
  monitor.stop();
  // Drain HTTP: stop accepting, let requests in flight finish, then drop idle keep-alive sockets.
  const closed = new Promise<void>((done) => server.close(() => done()));
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 5_000);
  await closed;
  clearTimeout(force);
  await database.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
