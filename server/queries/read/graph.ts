// An overview of the graph in ONE statement: the most connected entities that pass the filters, and
// the relations among them. Its rows are compact (compact-payloads.ts) and hold only what `shape` asks.
import type { Query } from '../../db/executor';
import { compactEntity, compactRelation, EDGE_SOURCES_SLOT, NODE_SOURCES_SLOT } from './compact-payloads';
import { edgesAmong, referencedSources } from './subgraph-parts';
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

/** A relation counts for `sources` when one of them gives evidence for it. */
const FROM_SOURCES = '$sources IS NULL OR any(s IN r.sources WHERE s IN $sources)';

export function graphQuery({ types, relationTypes, sources, limit, edgeLimit, shape = FULL_SHAPE }: GraphArgs): Query {
  // Entity sources are listed newest first, which needs their Source nodes even when only ids are asked.
  const sourceRows = shape.entitySources || (shape.evidence && shape.sourceDetails);
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
        WITH n, n._degree AS degree ORDER BY degree DESC, n.id LIMIT toInteger($limit) + 1
        // The payloads here, where the degree is known: not counted twice per entity.
        RETURN collect(n) AS picked, collect(${compactEntity('n', 'degree', shape)}) AS payloads
      }
      WITH picked[..toInteger($limit)] AS nodes, payloads[..toInteger($limit)] AS payloads,
           size(picked) > toInteger($limit) AS cut
      ${edgesAmong('nodes', FROM_SOURCES, compactRelation('r', 'a', 'b', shape))}
      WITH payloads AS nodes, edges[..toInteger($edgeLimit)] AS edges,
           cut OR size(edges) > toInteger($edgeLimit) AS truncated
      ${
        sourceRows
          ? referencedSources(
              'nodes',
              'edges',
              (n) => `coalesce(${n}[${NODE_SOURCES_SLOT}], [])`,
              (e) => `coalesce(${e}[${EDGE_SOURCES_SLOT}], [])`,
            )
          : 'WITH nodes, edges, truncated, [] AS sources'
      }
      RETURN nodes, edges, truncated, sources`,
    params: { types, relationTypes, sources, limit, edgeLimit },
  };
}
