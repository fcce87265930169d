// API latency on a generated graph of a few thousand entities (plus the article), through the real
// app and Neo4j: `npm run bench -- tests/bench/api.bench.ts`.
import { afterAll, bench, describe, expect } from 'vitest';
import { createArticleTestApp, generatedSeed, loadSeed } from '../helpers/load-seed';

const ENTITIES = 3000;
const t = await createArticleTestApp(); // with the fulltext index and constraints, as at start-up
await loadSeed(t.executor, generatedSeed(ENTITIES, 3));

const NODE = 'id type name aliases description properties degree sources { id }';
const EDGE = 'id type from { id name type } to { id name type } properties evidence { quote source { id title } }';
const SUBGRAPH = `nodes { ${NODE} } edges { ${EDGE} } truncated`;

async function run(query: string, variables: Record<string, unknown> = {}) {
  const body = await t.graphql(query, variables);
  expect(body.errors).toBeUndefined();
}

afterAll(() => t.close());

const options = { iterations: 30, warmupIterations: 3 };

describe(`search (${ENTITIES} entities)`, () => {
  bench(
    'word: "Synthetic Person 1234"',
    () => run('query($q: String!) { search(query: $q) { score matched entity { id name } } }', { q: 'Synthetic Person 1234' }),
    options,
  );
  bench(
    'prefix: "Sint"',
    () => run('query($q: String!) { search(query: $q) { score matched entity { id name } } }', { q: 'Sint' }),
    options,
  );
  bench(
    'typo: "Synthetc"',
    () => run('query($q: String!) { search(query: $q) { score matched entity { id name } } }', { q: 'Synthetc' }),
    options,
  );
});

describe(`neighborhood (${ENTITIES} entities)`, () => {
  bench('depth 1', () => run(`{ neighborhood(id: "gen-100", depth: 1) { ${SUBGRAPH} } }`), options);
  bench('depth 2, limit 200', () => run(`{ neighborhood(id: "gen-100", depth: 2, limit: 200) { ${SUBGRAPH} } }`), options);
  bench('depth 3, limit 2000', () => run(`{ neighborhood(id: "gen-100", depth: 3, limit: 2000) { ${SUBGRAPH} } }`), options);
});

describe(`graph (${ENTITIES} entities)`, () => {
  bench('limit 500', () => run(`{ graph(limit: 500) { ${SUBGRAPH} } }`), options);
  bench('limit 5000 (everything)', () => run(`{ graph(limit: 5000) { ${SUBGRAPH} } }`), { iterations: 10, warmupIterations: 2 });
  bench('types: [Person], limit 500', () => run(`{ graph(types: ["Person"], limit: 500) { ${SUBGRAPH} } }`), options);
});

describe(`shortestPath (${ENTITIES} entities)`, () => {
  bench('gen-0 → gen-1500', () => run(`{ shortestPath(from: "gen-0", to: "gen-1500", maxLength: 10) { ${SUBGRAPH} } }`), options);
});
