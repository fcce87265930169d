// What GraphiQL shows first at /graphql.
export const GRAPHIQL_DEFAULT_QUERY = `# Welcome to Jejaring's GraphQL API.
# Press the run button to ask Neo4j who it is.
query Health {
  health {
    neo4jVersion
    neo4jEdition
  }
}
`;
