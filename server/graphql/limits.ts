// Every limit the API enforces, in one place (documented in docs/graphql.md).
import { MAX_NEIGHBORHOOD_DEPTH } from '../queries/read/neighborhood';
import { MAX_PATH_LENGTH } from '../queries/read/shortest-path';

/** Caps on arguments: larger values are clamped to these; values below 1 are rejected. */
export const CAPS = {
  searchLimit: 100,
  entitiesFirst: 500,
  relationsLimit: 500,
  statementsLimit: 500,
  // The query builders splice these into Cypher and own their bounds.
  neighborhoodDepth: MAX_NEIGHBORHOOD_DEPTH,
  neighborhoodLimit: 2000,
  graphLimit: 5000,
  pathLength: MAX_PATH_LENGTH,
} as const;

/** Relations returned with a subgraph at most (then `truncated` is true). */
export const EDGE_CAPS = { neighborhood: 10_000, graph: 20_000 } as const;

/** Search fetches this many candidates per hit asked for, to re-rank them (see search-rank.ts). */
export const SEARCH_CANDIDATE_FACTOR = 3;
/** Search text longer than this is rejected. */
export const MAX_SEARCH_TEXT = 500;

/** Request bodies larger than this get 413: big seeds go through the CLI (`npm run seed`). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * graphql-armor: checked when the document is parsed and validated, before any resolver runs.
 * For scale: the explorer's largest operation (an entity with its relations and their evidence)
 * has depth 5; GraphiQL's introspection query has about 200 tokens (depth does not count
 * introspection; cost does, see cost.ts).
 */
export const ARMOR = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 1000,
  maxDirectives: 10,
} as const;

/**
 * Limits on the work one request may cause, checked with the variables known (see cost.ts and
 * result-limits.ts). Each can be changed through the environment (server/config.ts).
 */
export interface RequestLimits {
  /**
   * Largest query cost: 1 per field, and a list argument (`limit`, `first`; absent: its default)
   * multiplies the cost of what its field selects. The explorer's overview at its largest,
   * `graph(limit: 5000)` with every field it shows, costs about 160,000.
   */
  maxCost: number;
  /** Entities (each appearance, `from`/`to` included) in one response. */
  maxResultNodes: number;
  /** Relations in one response. */
  maxResultEdges: number;
  /** Bytes of the JSON response (counted as fields resolve, before the response is built). */
  maxResultBytes: number;
  /**
   * Every query must finish within this, whatever it waits for (mutations are not cut short).
   * config.ts defaults it to QUERY_TIMEOUT_MS + 5 s.
   */
  requestTimeoutMs: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxCost: 200_000,
  // graph(limit: 5000) with 20,000 relations, each with both ends: 45,000 entities.
  maxResultNodes: 50_000,
  maxResultEdges: 25_000,
  maxResultBytes: 32 * 1024 * 1024,
  requestTimeoutMs: 20_000,
};

/** draftSeed refuses text longer than this many bytes of UTF-8 (TEXT_TOO_LARGE): the CLI drafts more. */
export const MAX_DRAFT_TEXT_BYTES = 100 * 1024;
/**
 * What one draftSeed costs besides its fields: drafting 100 kB is CPU work comparable to a large
 * overview, so at the default maxCost three drafts fit one request, not fifty.
 */
export const DRAFT_COST = 50_000;

/**
 * What one `article(source)` costs besides its fields: it reads a text of up to 2,000,000
 * characters, splits and matches it (aliases of one source share that work), so one request can
 * open about ten different articles, not a thousand.
 */
export const ARTICLE_COST = 20_000;
