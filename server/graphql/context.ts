import type { Logger } from 'pino';
import type { Executor } from '../db/executor';
import type { DraftService } from '../services/draft-service';

/** What every resolver gets. Resolvers run queries through the executor; they never open sessions. */
export interface GraphQLContext {
  executor: Executor;
  logger: Logger;
  /** Drafts from article text (draftSeed); one per app, so its cached name index is shared. */
  drafts: DraftService;
  /** True when the request carried the right bearer token. */
  canWrite: boolean;
  /**
   * Aborts when the request must stop: its deadline passed, its result grew too large, or the
   * client went away (result-limits.ts). Set when execution starts.
   */
  signal?: AbortSignal;
}
