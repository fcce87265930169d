// Parts shared by the subgraph queries: the relations among a list of entities (each once, at its
// start node; expects $relationTypes and $edgeLimit, fetches one more to detect a cut), and the sources referred to.
import { relationPayload, sourceFields } from './payloads';

/**
 * `nodes` is the query variable holding the entity list; `extraCondition` uses `r` (never user input);
 * `payload`: the projection of each relation `r` from `a` to `b`.
 */
export function edgesAmong(nodes: string, extraCondition = 'true', payload = relationPayload('r', 'a', 'b')): string {
  return `
  CALL (${nodes}) {
    UNWIND ${nodes} AS a
    MATCH (a)-[r]->(b:Entity)
    WHERE b IN ${nodes} AND ($relationTypes IS NULL OR type(r) IN $relationTypes) AND (${extraCondition})
    WITH a, r, b LIMIT toInteger($edgeLimit) + 1
    RETURN collect(${payload}) AS edges
  }`;
}

/**
 * Every source that the node payloads (`sources` ids) and relation payloads (`props.evidenceSources`) of a
 * subgraph refer to, as `sources`: evidence and entity sources need no further query. `nodeIds`/`edgeIds`:
 * where a payload holds those ids (another payload format).
 */
export function referencedSources(
  nodes: string,
  edges: string,
  nodeIds = (n: string) => `${n}.sources`,
  edgeIds = (e: string) => `coalesce(${e}.props.evidenceSources, [])`,
): string {
  return `
  CALL (${nodes}, ${edges}) {
    UNWIND [n IN ${nodes} | ${nodeIds('n')}] + [e IN ${edges} | ${edgeIds('e')}] AS ids
    UNWIND ids AS id
    WITH DISTINCT id
    MATCH (s:Source {id: id})
    RETURN collect(${sourceFields('s')}) AS sources
  }`;
}
