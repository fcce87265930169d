import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';

/** One driver per process. Creating it opens no connection; the first query does. */
export function createDriver(config: Pick<Neo4jConfig, 'user' | 'password'> & { uri: string }): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    // Fail fast so that GraphQL can answer DATABASE_UNAVAILABLE instead of hanging.
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 3_000,
    logging: { level: 'error', logger: () => {} },
  });
}
