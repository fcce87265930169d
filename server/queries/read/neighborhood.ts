// The entities within a few hops of one entity and the relations among them, in ONE statement.
// A breadth-first walk, one CALL block per level (unrolled here: Cypher has no loops), that keeps
// each entity once and stops adding when the node limit is reached.
import type { Query } from '../../db/executor';
import { edgesAmong, referencedSources } from './subgraph-parts';
import { entityPayload } from './payloads';

export interface NeighborhoodArgs {
  id: string;
  /** 1..3, already clamped: it is spliced into the query as a count of levels. */
  depth: number;
  types: string[] | null;
  relationTypes: string[] | null;
  /** Maximum number of entities, the start included. */
  limit: number;
  /** Maximum number of relations returned. */
  edgeLimit: number;
}

export const MAX_NEIGHBORHOOD_DEPTH = 3;

// Per level: the new neighbours of the frontier, most linked to the frontier first, then by id, so
// that what a limit cuts is deterministic. Fetching `limit` is enough to know whether it cut anything.
const LEVEL = `
  CALL (seen, frontier) {
    UNWIND frontier AS f
    MATCH (f)-[r]-(n:Entity)
    WHERE NOT n IN seen
      AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
      AND ($types IS NULL OR n.type IN $types)
    WITH n, count(r) AS links ORDER BY links DESC, n.id LIMIT toInteger($limit)
    RETURN collect(n) AS found
  }
  WITH seen, found, toInteger($limit) - size(seen) AS room, cut
  WITH seen + found[..room] AS seen, found[..room] AS frontier, cut OR size(found) > room AS cut`;

export function neighborhoodQuery(args: NeighborhoodArgs): Query {
  const { id, depth, types, relationTypes, limit, edgeLimit } = args;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBORHOOD_DEPTH) throw new RangeError(`depth ${depth}`);
  return {
    cypher: `
      MATCH (start:Entity {id: $id})
      WITH [start] AS seen, [start] AS frontier, false AS cut
      ${LEVEL.repeat(depth)}
      ${edgesAmong('seen')}
      WITH [n IN seen | ${entityPayload('n')}] AS nodes, edges[..toInteger($edgeLimit)] AS edges,
           cut OR size(edges) > toInteger($edgeLimit) AS truncated
      ${referencedSources('nodes', 'edges')}
      RETURN nodes, edges, truncated, sources`,
    params: { id, types, relationTypes, limit, edgeLimit },
  };
}
