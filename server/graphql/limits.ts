// Every limit the API enforces, in one place (documented in docs/graphql.md).
import { MAX_NEIGHBORHOOD_DEPTH } from '../queries/read/neighborhood';
import { MAX_PATH_LENGTH } from '../queries/read/shortest-path';

/** Caps on arguments: larger values are clamped to these; values below 1 are rejected. */
export const CAPS = {
  searchLimit: 100,
  entitiesFirst: 500,
  relationsLimit: 500,
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
 * Cost: 1 per scalar field, 2 per object field, children weighted 1.5 per level, and a literal
 * `first: N` multiplies its field's cost by N. For scale: the explorer's largest operation (an
 * entity with its relations and their evidence) has depth 5 and cost about 120; GraphiQL's
 * introspection query has about 200 tokens (depth and cost do not count introspection).
 */
export const ARMOR = {
  maxDepth: 8,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 1000,
  maxDirectives: 10,
} as const;
