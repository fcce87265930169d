// Source reads. Counts are computed in the same statement as the list (no query per source).
import type { Query } from '../../db/executor';
import { sourceFields } from './payloads';

/**
 * Entities a source mentions, and relations it gives evidence for. Every relation's evidence source
 * mentions both ends (data model), so walking from the mentioned entities finds each relation once,
 * at its start node, without scanning every relationship in the database.
 */
const COUNTS = `
  entityCount: COUNT { (s)-[:MENTIONS]->(:Entity) },
  relationCount: COUNT { (s)-[:MENTIONS]->(:Entity)-[r]->(:Entity) WHERE s.id IN r.sources }`;

export function allSourcesQuery(): Query {
  return {
    cypher: `
      MATCH (s:Source)
      RETURN s { .id, .title, .url, .publisher, .publishedAt, .language, ${COUNTS} } AS source
      ORDER BY s.publishedAt DESC, s.id`,
    params: {},
  };
}

export function sourcesByIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN ${sourceFields('s')} AS source`,
    params: { ids },
  };
}

export function sourceCountsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s { .id, ${COUNTS} } AS source`,
    params: { ids },
  };
}
