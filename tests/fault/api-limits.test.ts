// Issue 8, point 6, and the limits on the work of one request: every limit rejection has a code
// and a 4xx (the response has no data), the result is capped in entities, relations and bytes
// while it is built, and queries have a deadline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor, type Query, type Row } from '../../server/db/executor';
import { ARMOR, DEFAULT_REQUEST_LIMITS } from '../../server/graphql/limits';
import { createArticleTestApp } from '../helpers/load-seed';
import { createTestApp, type TestApp } from '../helpers/test-app';

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(t: TestApp, body: string): Promise<Answer> {
  const response = await t.app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Answer['body'] };
}
const ask = (t: TestApp, query: string, variables: Record<string, unknown> = {}) => post(t, JSON.stringify({ query, variables }));

/** A refusal of the whole request: one error with this code, a 4xx, and no data. */
function expectRefused(answer: Answer, code: string, status = 400) {
  expect({ status: answer.status, data: answer.body.data, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({
    status,
    data: undefined,
    code,
  });
  return answer.body.errors![0]!;
}

describe('API limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createArticleTestApp();
  });
  afterAll(() => t.close());

  describe('every limit rejection has a code and a 4xx', () => {
    it.each([
      [
        'depth',
        '{ entity(id: "russia") { relations { from { relations { from { relations { from { relations { to { id } } } } } } } } } }',
        'DEPTH_LIMIT_EXCEEDED',
        ARMOR.maxDepth,
      ],
      [
        'aliases',
        `{ ${Array.from({ length: ARMOR.maxAliases + 1 }, (_, i) => `a${i}: stats { entityCount }`).join(' ')} }`,
        'ALIAS_LIMIT_EXCEEDED',
        ARMOR.maxAliases,
      ],
      [
        'tokens',
        `{ stats { ${Array.from({ length: ARMOR.maxTokens }, () => 'entityCount').join(' ')} } }`,
        'TOKEN_LIMIT_EXCEEDED',
        ARMOR.maxTokens,
      ],
      [
        'directives',
        `{ stats ${'@include(if: true) '.repeat(ARMOR.maxDirectives + 1)}{ entityCount } }`,
        'DIRECTIVE_LIMIT_EXCEEDED',
        ARMOR.maxDirectives,
      ],
      ['cost', '{ graph(limit: 5000) { nodes { relations(limit: 500) { id } } } }', 'COST_LIMIT_EXCEEDED', DEFAULT_REQUEST_LIMITS.maxCost],
      [
        'introspection depth',
        '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
        'DEPTH_LIMIT_EXCEEDED',
        3,
      ],
    ])('%s', async (_name, query, code, limit) => {
      const error = expectRefused(await ask(t, query), code);
      expect(error.extensions?.limit).toBe(limit);
    });

    it('names the limit and the computed cost, and counts limits given as variables', async () => {
      const query = 'query($n: Int) { graph(limit: $n) { nodes { relations(limit: $n) { id } } } }';
      const error = expectRefused(await ask(t, query, { n: 500 }), 'COST_LIMIT_EXCEEDED');
      expect(error.message).toMatch(/cost 251,001, over the limit of 200,000/);
      expect(error.extensions?.cost).toBe(251_001);
      // The same document with small variables runs.
      const small = await ask(t, query, { n: 2 });
      expect(small.status).toBe(200);
      expect(small.body.errors).toBeUndefined();
    });

    it('lets the explorer ask for its largest overview', async () => {
      const fields =
        'nodes { id type name aliases description properties degree sources { id } } edges { id type from { id name type } to { id name type } properties evidence { quote source { id title url publisher publishedAt language } } } truncated';
      const answer = await ask(t, `query($limit: Int) { graph(limit: $limit) { ${fields} } }`, { limit: 5000 });
      expect(answer.body.errors).toBeUndefined();
      expect((answer.body.data as { graph: { nodes: unknown[] } }).graph.nodes.length).toBeGreaterThan(30);
    });
  });

  describe('result size, counted while the answer is built', () => {
    let statements: Query[] = [];
    let small: TestApp;
    beforeAll(async () => {
      small = await createTestApp({
        limits: { maxResultNodes: 10, maxResultEdges: 5, maxResultBytes: 2_000 },
        onQuery: (query) => statements.push(query),
      });
    });
    afterAll(() => small.close());

    it('refuses more entities than the cap, and stops resolving once past it', async () => {
      const query = '{ graph(limit: 100) { nodes { id relations(limit: 20) { id to { relations(limit: 20) { id } } } } } }';
      statements = [];
      const error = expectRefused(await ask(small, query), 'RESULT_TOO_LARGE');
      expect(error.message).toMatch(/more than 10 entities/);
      expect(error.extensions).toMatchObject({ limit: 10, limitName: 'maxResultNodes' });
      // The subgraph statement ran; the relations of its nodes were never fetched.
      expect(statements).toHaveLength(1);
      // Uncapped, the same query fetches relations too (so the count above could fail).
      let uncapped = 0;
      const full = await createTestApp({ onQuery: () => (uncapped += 1) });
      try {
        expect((await ask(full, query)).body.errors).toBeUndefined();
        expect(uncapped).toBeGreaterThan(1);
      } finally {
        await full.close();
      }
    });

    it('refuses more relations than the cap', async () => {
      const error = expectRefused(
        await ask(small, '{ graph(limit: 3) { edges { id } } nodes: stats { entityCount } }'),
        'RESULT_TOO_LARGE',
      );
      expect(error.message).toMatch(/more than 5 relations/);
    });

    it('refuses more bytes than the cap, counting every alias', async () => {
      const one = await ask(small, '{ stats { entityCount relationCount } }');
      expect(one.status).toBe(200);
      // Sources are neither entities nor relations: only the bytes cap can stop this.
      const aliases = Array.from({ length: 15 }, (_, i) => `s${i}: sources { id title url publisher publishedAt language }`).join(' ');
      const error = expectRefused(await ask(small, `{ ${aliases} }`), 'RESULT_TOO_LARGE');
      expect(error.message).toMatch(/more than 2000 bytes/);
      expect(error.extensions).toMatchObject({ limit: 2_000, limitName: 'maxResultBytes' });
    });
  });

  describe('the request deadline', () => {
    it('answers QUERY_TIMEOUT on time when a query waits too long, and starts nothing after it', async () => {
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
        limits: { requestTimeoutMs: 300 },
        makeExecutor: (driver, options) => new SlowExecutor(driver, options),
      });
      try {
        const started = performance.now();
        const answer = await ask(slow, '{ entity(id: "russia") { id relations { id to { relations { id } } } } }');
        const elapsed = performance.now() - started;
        const error = expectRefused(answer, 'QUERY_TIMEOUT', 504);
        expect(error.message).toMatch(/longer than 300 ms/);
        expect(elapsed).toBeLessThan(1_400);
        // The entity read finishes later; its relations are never asked for.
        await expect.poll(() => finished, { timeout: 5_000 }).toBe(1);
        await slow.driver.executeQuery('RETURN 1'); // one round trip: time for a follow-up to start
        expect(reads).toHaveLength(1);
      } finally {
        await slow.close();
      }
    });
  });
});
