// The whole graph, for the Cytoscape.js export (server/import/formats/export-cytoscape.ts): every
// source, entity and relation with its stored properties, in a stable order.
import type { Query } from '../../db/executor';

export const exportQueries = {
  sources: (): Query => ({ cypher: 'MATCH (s:Source) RETURN properties(s) AS props ORDER BY s.id', params: {} }),
  entities: (): Query => ({
    cypher: 'MATCH (e:Entity) RETURN properties(e) AS props, [(s:Source)-[:MENTIONS]->(e) | s.id] AS sources ORDER BY e.id',
    params: {},
  }),
  relations: (): Query => ({
    cypher: `MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
ORDER BY from, type, to`,
    params: {},
  }),
};
