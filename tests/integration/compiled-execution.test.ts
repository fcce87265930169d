// Documents run compiled (graphql-jit, server/graphql/compiled-execution.ts): each is compiled once
// and reused for other variables, answers exactly as graphql-js's executor does, and the limits,
// the deadline and the error codes still hold. The compiled queries are seen through the app's
// `compiledQueries` seam, injected here to count what was compiled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor, type Query, type Row } from '../../server/db/executor';
import type { CompiledQueryCache } from '../../server/graphql/compiled-execution';
import { createArticleTestApp } from '../helpers/load-seed';
import { createTestApp, TEST_TOKEN, type TestApp } from '../helpers/test-app';

/**
 * Sees every compilation (set) per document text, and keeps nothing (get finds nothing), so that the
 * app compiles exactly as the server does without a cache: once per document yoga has parsed.
 */
function countingCache(): CompiledQueryCache & { compiled: Map<string, number> } {
  const compiled = new Map<string, number>();
  return {
    compiled,
    get: () => undefined,
    set(text) {
      compiled.set(text, (compiled.get(text) ?? 0) + 1);
    },
  };
}

async function post(t: TestApp, query: string, variables: Record<string, unknown> = {}, operationName?: string, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await t.app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

const NODE = 'id type name aliases description properties degree sources { id title entityCount }';
const EDGE = 'id type from { id name type } to { id name type } properties evidence { quote source { id title } }';

/** Shapes the explorer and API users send: fragments, directives, aliases, nested lists, nulls and errors. */
const DOCUMENTS: [string, string, Record<string, unknown>][] = [
  [
    '1-hop, the explorer fields',
    `query($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { ${NODE} } edges { ${EDGE} } truncated } }`,
    { id: 'vladimir-putin' },
  ],
  [
    '2-hop with filters',
    `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 30, relationTypes: ["LEADS", "MEETS"]) { nodes { id } edges { id type } truncated } }`,
    { id: 'kim-jong-un' },
  ],
  ['overview', `{ graph(limit: 40) { nodes { id name layout { x y } } edges { id from { id } to { id } } truncated } }`, {}],
  [
    'fragments, inline fragments, aliases, __typename',
    `query($id: ID!) { e: entity(id: $id) { __typename ...F ... on Entity { out: relations(direction: OUT, limit: 3) { id t: type } } } }
     fragment F on Entity { key: id name sources { id } }`,
    { id: 'russia' },
  ],
  [
    '@skip and @include from variables',
    `query($id: ID!, $more: Boolean!, $less: Boolean!) { entity(id: $id) { id name @skip(if: $less) description @include(if: $more)
       statements(limit: 2) @include(if: $more) { id evidence { quote } } } }`,
    { id: 'vladimir-putin', more: true, less: true },
  ],
  ['an unknown id: null', `query($id: ID!) { entity(id: $id) { id relations { id } } }`, { id: 'no-such-entity' }],
  ['search, ranked', `query($q: String!) { search(query: $q, limit: 5) { score matched entity { id name type } } }`, { q: 'Put' }],
  ['a page of entities', `{ entities(first: 3) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } }`, {}],
  ['stats and sources', `{ stats { entityCount relationCount } sources { id title entityCount relationCount } }`, {}],
  [
    'shortest path',
    `query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { nodes { id } edges { type } } }`,
    { a: 'vladimir-putin', b: 'ewha-womans-university' },
  ],
  ['a resolver error (BAD_USER_INPUT)', `query($q: String!) { search(query: $q) { score } }`, { q: 'x'.repeat(501) }],
  ['a variable of the wrong type (400)', `query($n: Int) { graph(limit: $n) { nodes { id } } }`, { n: 'many' }],
  [
    'an enum variable that does not exist (400, no suggestion)',
    `query($d: Direction) { entity(id: "russia") { relations(direction: $d) { id } } }`,
    { d: 'OUTT' },
  ],
];

describe('compiled execution (graphql-jit)', () => {
  let cache: ReturnType<typeof countingCache>;
  let compiled: TestApp;
  let plain: TestApp;
  beforeAll(async () => {
    cache = countingCache();
    compiled = await createArticleTestApp({ compiledQueries: cache });
    plain = await createTestApp({ compiledQueries: null });
  });
  afterAll(async () => {
    await compiled.close();
    await plain.close();
  });

  it('compiles a document once and reuses it for other variables', async () => {
    const query = 'query($id: ID!) { entity(id: $id) { id name relations(limit: 2) { id } } }';
    for (const id of ['russia', 'vladimir-putin', 'kim-jong-un', 'russia']) {
      const { status, body } = await post(compiled, query, { id });
      expect(status).toBe(200);
      expect(body).toMatchObject({ data: { entity: { id } } });
    }
    expect(cache.compiled.get(query)).toBe(1);
  });

  it.each(DOCUMENTS)('answers %s exactly as graphql-js does', async (_name, query, variables) => {
    const [jit, js] = [await post(compiled, query, variables), await post(plain, query, variables)];
    expect(jit).toEqual(js);
    // Ran compiled (except where the variables are refused before any execution).
    if (jit.status === 200) expect(cache.compiled.get(query)).toBe(1);
  });

  it('runs the operation asked for in a document with several (not compiled: the cache is by document)', async () => {
    const query = 'query A { entity(id: "russia") { id } } query B { entity(id: "kim-jong-un") { id } }';
    expect((await post(compiled, query, {}, 'A')).body).toEqual({ data: { entity: { id: 'russia' } } });
    expect((await post(compiled, query, {}, 'B')).body).toEqual({ data: { entity: { id: 'kim-jong-un' } } });
    expect(cache.compiled.has(query)).toBe(false);
  });

  it('still needs the token for a mutation', async () => {
    const mutation = 'mutation($id: ID!) { deleteEntity(id: $id) }';
    const refused = await post(compiled, mutation, { id: 'no-such-entity' });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // With the token it runs: there is no such entity to delete.
    const allowed = await post(compiled, mutation, { id: 'no-such-entity' }, undefined, TEST_TOKEN);
    expect(allowed.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(cache.compiled.get(mutation)).toBe(1);
  });
});

describe('limits under the compiled execution', () => {
  it('refuses more entities than the cap, and resolves nothing past it', async () => {
    const cache = countingCache();
    const statements: Query[] = [];
    const small = await createTestApp({ compiledQueries: cache, limits: { maxResultNodes: 10 }, onQuery: (q) => statements.push(q) });
    try {
      const query = '{ graph(limit: 100) { nodes { id relations(limit: 20) { id to { relations(limit: 20) { id } } } } } }';
      const { status, body } = await post(small, query);
      expect({ status, data: body.data, code: body.errors?.[0]?.extensions?.code }).toEqual({
        status: 400,
        data: undefined,
        code: 'RESULT_TOO_LARGE',
      });
      expect(cache.compiled.get(query)).toBe(1);
      // The subgraph statement ran; no relations were fetched after the cap was passed.
      expect(statements).toHaveLength(1);
    } finally {
      await small.close();
    }
  });

  it('answers QUERY_TIMEOUT at the deadline and starts no read after it', async () => {
    const cache = countingCache();
    const reads: string[] = [];
    let finished = 0;
    // A seam: every read waits 1.5 s before it goes to Neo4j, as behind a slow database.
    class SlowExecutor extends Executor {
      override async read(query: Query): Promise<Row[]> {
        reads.push(query.cypher);
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        return super.read(query).finally(() => (finished += 1));
      }
    }
    const slow = await createTestApp({
      compiledQueries: cache,
      limits: { requestTimeoutMs: 300 },
      makeExecutor: (driver, options) => new SlowExecutor(driver, options),
    });
    try {
      const query = '{ entity(id: "russia") { id relations { id to { relations { id } } } } }';
      const started = performance.now();
      const { status, body } = await post(slow, query);
      const elapsed = performance.now() - started;
      expect({ status, code: body.errors?.[0]?.extensions?.code }).toEqual({ status: 504, code: 'QUERY_TIMEOUT' });
      expect(elapsed).toBeLessThan(1_400);
      expect(cache.compiled.get(query)).toBe(1);
      await expect.poll(() => finished, { timeout: 5_000 }).toBe(1);
      await slow.driver.executeQuery('RETURN 1'); // one round trip: time for a follow-up to start
      expect(reads).toHaveLength(1);
    } finally {
      await slow.close();
    }
  });
});
