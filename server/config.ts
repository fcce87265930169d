// Validates the environment once, at start-up, and gives one clear message per bad value.
import { resolve } from 'node:path';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './graphql/limits';
import { DEFAULT_LAYOUT_MAX_ENTITIES } from './layout/layout-job';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Neo4jConfig {
  /** Unset: start the bundled Neo4j. */
  uri: string | undefined;
  user: string;
  password: string;
  database: string | undefined;
  /** Bundled Neo4j only. */
  boltPort: number;
  heap: string;
  dataDir: string;
}

export interface Config {
  port: number;
  /** 127.0.0.1 unless HOST says otherwise (0.0.0.0 in the container). */
  host: string;
  /** Origins (scheme://host[:port]) other than the server's own that may call the API; empty: same-origin only. */
  corsOrigins: string[];
  neo4j: Neo4jConfig;
  /** Unset: a random token is generated at start and printed once. */
  apiToken: string | undefined;
  logLevel: LogLevel;
  production: boolean;
  queryTimeoutMs: number;
  /** Load the article seed when the database is empty at start. */
  autoSeed: boolean;
  /** Cost, result size and deadline of one request (docs/graphql.md#limits). */
  limits: RequestLimits;
  supervision: SupervisionConfig;
  /** Entities the stored layout job lays out at most (docs/benchmarks.md); 0 turns the job off. */
  layoutMaxEntities: number;
  /** Run GraphQL documents compiled by graphql-jit (docs/operations.md); false: graphql-js's executor. */
  graphqlJit: boolean;
  /** Send the explorer's first requests once after start and after each change (docs/operations.md). */
  firstViewWarmup: boolean;
}

/** How Neo4j is watched (docs/operations.md). */
export interface SupervisionConfig {
  /** Readiness probe period while Neo4j is up (it is 250 ms while down). */
  probeIntervalMs: number;
  /** A probe without an answer by then marks Neo4j down. */
  probeTimeoutMs: number;
  /** Opening one Bolt connection; the pool wait is this plus one second. */
  connectTimeoutMs: number;
  /** Bundled Neo4j only: restarts in a row before the server gives up and exits 3. */
  restartLimit: number;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** The request deadline defaults to the Neo4j transaction timeout plus this. */
export const REQUEST_TIMEOUT_MARGIN_MS = 5_000;

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env): ConfigResult {
  const errors: string[] = [];
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      errors.push(`${name}: "${raw}" is not a whole number from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = text(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    errors.push(`${name}: "${raw}" is not a boolean (use true or false)`);
    return fallback;
  };

  const uri = text('NEO4J_URI');
  if (uri !== undefined) {
    const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/i.exec(uri)?.[1]?.toLowerCase();
    if (!scheme || !NEO4J_SCHEMES.includes(scheme)) {
      errors.push(`NEO4J_URI: "${uri}" is not a Neo4j URI (expected ${NEO4J_SCHEMES.map((s) => `${s}://host:port`).join(', ')})`);
    }
  }
  const heap = text('NEO4J_HEAP') ?? '1g';
  if (!/^\d+[mMgG]$/.test(heap)) errors.push(`NEO4J_HEAP: "${heap}" is not a JVM heap size such as 512m or 1g`);

  const logLevel = (text('LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) errors.push(`LOG_LEVEL: "${logLevel}" is not one of ${LOG_LEVELS.join(', ')}`);

  const apiToken = text('API_TOKEN');
  if (apiToken !== undefined && apiToken.length < 16) errors.push('API_TOKEN: must be at least 16 characters long');

  const corsOrigins = (text('CORS_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!isOrigin(origin))
      errors.push(
        `CORS_ORIGINS: "${origin}" is not an origin such as https://example.org or http://localhost:5173 (no path, no *, no null)`,
      );
  }

  const config: Config = {
    port: integer('PORT', 4000, 0, 65535),
    host: text('HOST') ?? '127.0.0.1',
    corsOrigins,
    neo4j: {
      uri,
      user: text('NEO4J_USER') ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: text('NEO4J_DATABASE'),
      boltPort: integer('NEO4J_BOLT_PORT', 7687, 1, 65535),
      heap,
      dataDir: resolve(text('NEO4J_DATA_DIR') ?? '.neo4j/data'),
    },
    apiToken,
    logLevel,
    production: env.NODE_ENV === 'production',
    queryTimeoutMs: integer('QUERY_TIMEOUT_MS', 15_000, 100, 600_000),
    autoSeed: flag('AUTO_SEED', true),
    limits: {
      maxCost: integer('MAX_QUERY_COST', DEFAULT_REQUEST_LIMITS.maxCost, 100, 1_000_000_000),
      maxResultNodes: integer('MAX_RESULT_NODES', DEFAULT_REQUEST_LIMITS.maxResultNodes, 1, 10_000_000),
      maxResultEdges: integer('MAX_RESULT_EDGES', DEFAULT_REQUEST_LIMITS.maxResultEdges, 1, 10_000_000),
      maxResultBytes: integer('MAX_RESULT_BYTES', DEFAULT_REQUEST_LIMITS.maxResultBytes, 1024, 1024 * 1024 * 1024),
      requestTimeoutMs: DEFAULT_REQUEST_LIMITS.requestTimeoutMs,
    },
    supervision: {
      probeIntervalMs: integer('NEO4J_PROBE_INTERVAL_MS', 1_000, 100, 60_000),
      probeTimeoutMs: integer('NEO4J_PROBE_TIMEOUT_MS', 1_000, 100, 60_000),
      connectTimeoutMs: integer('NEO4J_CONNECT_TIMEOUT_MS', 1_000, 100, 60_000),
      restartLimit: integer('NEO4J_RESTART_LIMIT', 5, 0, 1_000),
    },
    layoutMaxEntities: integer('LAYOUT_MAX_ENTITIES', DEFAULT_LAYOUT_MAX_ENTITIES, 0, 1_000_000),
    graphqlJit: flag('GRAPHQL_JIT', true),
    firstViewWarmup: flag('FIRST_VIEW_WARMUP', true),
  };
  // Past Neo4j's own timeout by default, so that a slow statement reports that one first.
  config.limits.requestTimeoutMs = integer('REQUEST_TIMEOUT_MS', config.queryTimeoutMs + REQUEST_TIMEOUT_MARGIN_MS, 100, 600_000);
  return errors.length ? { ok: false, errors } : { ok: true, config };
}

/** An origin exactly as browsers send it in the Origin header: scheme, host, optional port. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/** For entry points: print each problem on its own line and exit 2. */
export function loadConfigOrExit(env: Env): Config {
  const result = loadConfig(env);
  if (result.ok) return result.config;
  for (const error of result.errors) console.error(`config: ${error}`);
  process.exit(2);
}
