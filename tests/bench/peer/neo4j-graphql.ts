// The peer: @neo4j/graphql 7 on the same Neo4j and the same graph, served by graphql-yoga as
// Jejaring is (yoga's parse/validation cache, no plugins), called through app.fetch().
// Equivalence: Jejaring's relations are typed Neo4j relationships between :Entity nodes; here
// `Entity` has, for every relationship type, one field per direction (`meetsOut`, `meetsIn`, ...),
// so "every relationship type both ways" is the 1-hop neighbourhood. Only under tests/bench/.
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../../fixtures/generate-seed';

const camel = (type: string) => type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The fields of one hop: every relationship type, both directions. */
export const HOP_FIELDS = RELATION_TYPES.flatMap((type) => [`${camel(type)}Out`, `${camel(type)}In`]);

const typeDefs = `
  type Entity @node {
    id: ID!
    name: String
    type: String
    ${RELATION_TYPES.map(
      (type) => `${camel(type)}Out: [Entity!]! @relationship(type: "${type}", direction: OUT)
    ${camel(type)}In: [Entity!]! @relationship(type: "${type}", direction: IN)`,
    ).join('\n    ')}
  }`;

const ENTITY = 'id name type';
const hop = (inner: string) => HOP_FIELDS.map((field) => `${field} { ${inner} }`).join(' ');

/** The neighbours of one entity, with id, name and type. */
export const PEER_ONE_HOP = `query($id: ID!) { entities(where: { id: { eq: $id } }) { ${ENTITY} ${hop(ENTITY)} } }`;
/** Their neighbours too. */
export const PEER_TWO_HOP = `query($id: ID!) { entities(where: { id: { eq: $id } }) { ${ENTITY} ${hop(`${ENTITY} ${hop(ENTITY)}`)} } }`;

export async function createPeerApp(driver: Driver) {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const yoga = createYoga({ schema, landingPage: false, graphiql: false, logging: false });
  return async (query: string, variables: Record<string, unknown>) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: { entities: unknown[] }; errors?: { message: string }[] };
  };
}
