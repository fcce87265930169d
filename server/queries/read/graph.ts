// An overview of the graph in ONE statement: the most connected entities that pass the filters, and
// the relations among them. Its rows are compact (compact-payloads.ts) and hold only what `shape` asks.
// The answer comes in several rows (S3-H1): after picking the entities and finding the relations
// (references only), Neo4j builds and sends the payloads a chunk per row, so the driver decodes the
// first rows while Neo4j still builds the next; joinSubgraphRows puts them together again.
import type { Query } from '../../db/executor';
import { compactEntity, compactRelation } from './compact-payloads';
import { sourceFields } from './payloads';
import { FULL_SHAPE, type SubgraphShape } from './subgraph-shape';

export interface GraphArgs {
  types: string[] | null;
  relationTypes: string[] | null;
  sources: string[] | null;
  limit: number;
  edgeLimit: number;
  /** What the answer holds (default: everything). */
  shape?: SubgraphShape;
}

/** Entities or relations per row: small enough that decoding starts early, large enough that rows are few. */
export const GRAPH_ROW_CHUNK = 1000;

/** Where each chunk of `list` starts (range(0, -1, step) is [0] in Neo4j 5, hence the filter). */
const starts = (list: string) => `[i IN range(0, size(${list}) - 1, $chunk) WHERE i < size(${list})]`;

/** A relation counts for `sources` when one of them gives evidence for it. */
const FROM_SOURCES = '$sources IS NULL OR any(s IN r.sources WHERE s IN $sources)';

export function graphQuery({ types, relationTypes, sources, limit, edgeLimit, shape = FULL_SHAPE }: GraphArgs): Query {
  // Entity sources are listed newest first, which needs their Source nodes even when only ids are asked.
  const sourceRows = shape.entitySources || (shape.evidence && shape.sourceDetails);
  // The ids the node and relation payloads hold (their sources / evidence slots), when they hold any.
  const referenced = [
    shape.entitySources ? '[n IN chosen | [(mentioner:Source)-[:MENTIONS]->(n) | mentioner.id]]' : '[]',
    shape.evidence ? '[t IN rels | t[1].evidenceSources]' : '[]',
  ].join(' + ');
  return {
    cypher: `
      CALL () {
        // The stored degree (queries/degree/stored-degree.ts), read in its index's order: the top
        // entities without counting the relations of every one. Every entity has one (writers, start-up).
        MATCH (n:Entity)
        WHERE n._degree IS NOT NULL
          AND ($types IS NULL OR n.type IN $types)
          AND ($sources IS NULL OR EXISTS { MATCH (s:Source)-[:MENTIONS]->(n) WHERE s.id IN $sources })
          AND ($relationTypes IS NULL OR EXISTS {
                MATCH (n)-[r]-(m:Entity)
                WHERE type(r) IN $relationTypes AND ($types IS NULL OR m.type IN $types) AND (${FROM_SOURCES}) })
        WITH n ORDER BY n._degree DESC, n.id LIMIT toInteger($limit) + 1
        RETURN collect(n) AS picked
      }
      WITH picked[..toInteger($limit)] AS chosen, size(picked) > toInteger($limit) AS cut
      // The relations among them, each once (at its start node), as references: payloads come below.
      CALL (chosen) {
        UNWIND chosen AS a
        MATCH (a)-[r]->(b:Entity)
        WHERE b IN chosen AND ($relationTypes IS NULL OR type(r) IN $relationTypes) AND (${FROM_SOURCES})
        WITH a, r, b LIMIT toInteger($edgeLimit) + 1
        RETURN collect([a, r, b]) AS found
      }
      WITH chosen, found[..toInteger($edgeLimit)] AS rels, cut OR size(found) > toInteger($edgeLimit) AS over
      CALL (chosen, rels, over) {
        UNWIND ${starts('chosen')} AS i
        CALL (chosen, i) {
          UNWIND chosen[i..i + $chunk] AS n
          RETURN collect(${compactEntity('n', 'n._degree', shape)}) AS part
        }
        RETURN part AS nodes, [] AS edges, null AS truncated, [] AS sources
        UNION ALL
        UNWIND ${starts('rels')} AS i
        CALL (rels, i) {
          UNWIND rels[i..i + $chunk] AS t
          WITH t[0] AS a, t[1] AS r, t[2] AS b
          RETURN collect(${compactRelation('r', 'a', 'b', shape)}) AS part
        }
        RETURN [] AS nodes, part AS edges, null AS truncated, [] AS sources
        UNION ALL
        // Last: the truncation flag, and every source the payloads refer to (each once).
        ${
          sourceRows
            ? `CALL (chosen, rels) {
          UNWIND ${referenced} AS ids
          UNWIND ids AS id
          WITH DISTINCT id
          MATCH (s:Source {id: id})
          RETURN collect(${sourceFields('s')}) AS sources
        }
        RETURN [] AS nodes, [] AS edges, over AS truncated, sources`
            : 'RETURN [] AS nodes, [] AS edges, over AS truncated, [] AS sources'
        }
      }
      RETURN nodes, edges, truncated, sources`,
    params: { types, relationTypes, sources, limit, edgeLimit, chunk: GRAPH_ROW_CHUNK },
  };
}
