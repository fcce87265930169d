// What GraphiQL shows first at /graphql: several named operations; pick one with the run button's menu.
export const GRAPHIQL_DEFAULT_QUERY = `# Welcome to Jejaring's GraphQL API: a knowledge graph of the news.
# Press the run button and pick an operation. Each runs as is on the article seed.

# 1. Who is Leif-Eric Easley connected to, and which sentence says so?
query Easley {
  entity(id: "leif-eric-easley") {
    name
    description
    relations(direction: OUT) {
      type
      to { name type }
      evidence { quote source { title publishedAt } }
    }
  }
}

# 2. Search in any language: aliases, typos and prefixes work ("Korea Utara", "Easly", "Pyong").
query Search {
  search(query: "Korea Utara", limit: 5) {
    score
    matched
    entity { id name type }
  }
}

# 3. Everything within two hops of Kim Jong Un.
query Neighborhood {
  neighborhood(id: "kim-jong-un", depth: 2, limit: 50) {
    truncated
    nodes { id name type degree }
    edges { type from { id } to { id } properties }
  }
}

# 4. How is Vladimir Putin connected to the United Nations?
query Path {
  shortestPath(from: "vladimir-putin", to: "united-nations") {
    nodes { name }
    edges { type from { name } to { name } evidence { quote } }
  }
}

# 5. The countries and what they say about each other.
query Countries {
  graph(types: ["Country"], limit: 100) {
    nodes { id name }
    edges { type from { name } to { name } properties }
  }
}

# 6. Counts, sources, and a page of entities.
query Overview {
  stats { entityCount relationCount sourceCount byType { key count } }
  sources { title publisher publishedAt entityCount relationCount }
  entities(first: 5) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }
}

# 7. Writes need the token: add the header {"Authorization": "Bearer <API_TOKEN>"} below.
#    Properties are merged key by key; the edit is recorded as coming from the "manual" source.
mutation AddProperty {
  upsertEntity(input: { id: "north-korea", type: "Country", name: "North Korea", properties: { capital: "Pyongyang" } }) {
    id properties sources { id title }
  }
}

query Health {
  health { neo4jVersion neo4jEdition }
}
`;
