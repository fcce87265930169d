// Reads for the Article view: a source's text, the entities it mentions and the relations it gives
// evidence for. Only these statements return `text`: the graph reads never carry it (it can be big).
import type { Query } from '../../db/executor';
import { entityPayload, relationPayload } from './payloads';

export function articleSourceQuery(id: string): Query {
  return {
    cypher: 'MATCH (s:Source {id: $id}) RETURN s { .id, .title, .url, .publisher, .publishedAt, .language, .text } AS source',
    params: { id },
  };
}

export function sourceTextsQuery(ids: readonly string[]): Query {
  return { cypher: 'UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id AS id, s.text AS text', params: { ids } };
}

export function articleEntitiesQuery(id: string): Query {
  return {
    cypher: `MATCH (:Source {id: $id})-[:MENTIONS]->(e:Entity) RETURN ${entityPayload('e')} AS entity ORDER BY e.id`,
    params: { id },
  };
}

/** Relations whose evidence cites the source; both ends are mentioned by it (data model). */
export function articleRelationsQuery(id: string): Query {
  return {
    cypher: `
      MATCH (:Source {id: $id})-[:MENTIONS]->(:Entity)-[r]->(:Entity)
      WHERE $id IN r.sources
      RETURN ${relationPayload('r')} AS relation`,
    params: { id },
  };
}
