import type { Logger } from 'pino';
import type { Executor } from '../db/executor';

/** What every resolver gets. Resolvers run queries through the executor; they never open sessions. */
export interface GraphQLContext {
  executor: Executor;
  logger: Logger;
  /** True when the request carried the right bearer token. */
  canWrite: boolean;
}
