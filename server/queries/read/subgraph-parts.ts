// Parts shared by the subgraph queries: the relations among a list of entities (each once, at its
// start node; expects $relationTypes and $edgeLimit, fetches one more to detect a cut), and the sources referred to.
import { relationPayload, sourceFields } from './payloads';

/** `nodes` is the query variable holding the entity list; `extraCondition` uses `r` (never user input). */
export function edgesAmong(nodes: string, extraCondition = 'true'): string {
  return `
  CALL (${nodes}) {
    UNWIND ${nodes} AS a
    MATCH (a)-[r]->(b:Entity)
    WHERE b IN ${nodes} AND ($relationTypes IS NULL OR type(r) IN $relationTypes) AND (${extraCondition})
    WITH a, r, b LIMIT toInteger($edgeLimit) + 1
    RETURN collect(${relationPayload('r', 'a', 'b')}) AS edges
  }`;
}

/**
 * Every source that the node payloads (`sources` ids) and relation payloads (`props.evidenceSources`) of a
 * subgraph refer to, as `sources`: evidence and entity sources need no further query.
 */
export function referencedSources(nodes: string, edges: string): string {
  return `
  CALL (${nodes}, ${edges}) {
    UNWIND [n IN ${nodes} | n.sources] + [e IN ${edges} | coalesce(e.props.evidenceSources, [])] AS ids
    UNWIND ids AS id
    WITH DISTINCT id
    MATCH (s:Source {id: id})
    RETURN collect(${sourceFields('s')}) AS sources
  }`;
}
