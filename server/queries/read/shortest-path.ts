// One shortest chain of relations between two entities, in ONE statement. Only :Entity nodes may be
// on the path, so MENTIONS (which ends at a :Source) is never used. Null path when none is found.
import type { Query } from '../../db/executor';
import { entityPayload, relationPayload } from './payloads';
import { referencedSources } from './subgraph-parts';

export const MAX_PATH_LENGTH = 10;

export interface ShortestPathArgs {
  from: string;
  to: string;
  /** 1..10, already clamped: it is spliced into the pattern as the upper bound. */
  maxLength: number;
  relationTypes: string[] | null;
}

export function shortestPathQuery({ from, to, maxLength, relationTypes }: ShortestPathArgs): Query {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) throw new RangeError(`maxLength ${maxLength}`);
  // The same entity at both ends: Neo4j's shortestPath needs two different nodes; the answer is the entity alone.
  const path =
    from === to
      ? 'OPTIONAL MATCH p = (a)'
      : `OPTIONAL MATCH p = shortestPath((a)-[*..${maxLength}]-(b))
         WHERE all(n IN nodes(p) WHERE n:Entity)
           AND ($relationTypes IS NULL OR all(r IN relationships(p) WHERE type(r) IN $relationTypes))`;
  return {
    cypher: `
      OPTIONAL MATCH (a:Entity {id: $from})
      OPTIONAL MATCH (b:Entity {id: $to})
      ${path}
      WITH a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, p IS NOT NULL AS found,
           [n IN coalesce(nodes(p), []) | ${entityPayload('n')}] AS nodes,
           [r IN coalesce(relationships(p), []) | ${relationPayload('r')}] AS edges
      ${referencedSources('nodes', 'edges')}
      RETURN fromFound, toFound, found, nodes, edges, sources`,
    params: { from, to, relationTypes },
  };
}
