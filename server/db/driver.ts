import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';

export interface DriverTimeouts {
  /** Opening one connection (TCP and Bolt handshake). */
  connectionTimeoutMs: number;
  /** Getting a connection from the pool, opening one included. */
  acquisitionTimeoutMs: number;
  /** How long executeRead/executeWrite retry transient errors (deadlocks, a leader switch). */
  retryTimeMs: number;
}

// Fail fast, so that GraphQL answers DATABASE_UNAVAILABLE within a second instead of hanging.
export const DEFAULT_DRIVER_TIMEOUTS: DriverTimeouts = { connectionTimeoutMs: 1_000, acquisitionTimeoutMs: 2_000, retryTimeMs: 1_000 };

/** One driver per process. Creating it opens no connection; the first query does. */
export function createDriver(
  config: Pick<Neo4jConfig, 'user' | 'password'> & { uri: string },
  timeouts: Partial<DriverTimeouts> = {},
): Driver {
  const { connectionTimeoutMs, acquisitionTimeoutMs, retryTimeMs } = { ...DEFAULT_DRIVER_TIMEOUTS, ...timeouts };
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: connectionTimeoutMs,
    connectionAcquisitionTimeout: acquisitionTimeoutMs,
    maxTransactionRetryTime: retryTimeMs,
    logging: { level: 'error', logger: () => {} },
  });
}
