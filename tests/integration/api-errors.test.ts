// Every error code and every limit of the API, against the real app and a real Neo4j.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { maskError } from '../../server/graphql/errors';
import { ARMOR, CAPS, DEFAULT_REQUEST_LIMITS, MAX_BODY_BYTES } from '../../server/graphql/limits';
import { freePort } from '../helpers/free-port';
import { createArticleTestApp } from '../helpers/load-seed';
import { createTestApp, TEST_TOKEN, type TestApp } from '../helpers/test-app';

type GraphQLBody = Awaited<ReturnType<TestApp['graphql']>>;

const firstError = (body: GraphQLBody) => {
  expect(body.errors?.length).toBeGreaterThan(0);
  return body.errors![0]!;
};

describe('API errors and limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createArticleTestApp();
  });
  afterAll(() => t.close());

  describe('BAD_USER_INPUT names the argument', () => {
    it.each([
      ['{ search(query: "Korea", limit: 0) { score } }', 'limit'],
      ['{ search(query: "Korea", types: ["person"]) { score } }', 'types'],
      ['{ entities(first: -1) { totalCount } }', 'first'],
      ['{ entities(after: "not-a-cursor") { totalCount } }', 'after'],
      ['{ neighborhood(id: "russia", depth: 0) { truncated } }', 'depth'],
      ['{ neighborhood(id: "russia", relationTypes: ["leads"]) { truncated } }', 'relationTypes'],
      ['{ graph(limit: 0) { truncated } }', 'limit'],
      ['{ graph(types: ["Country", "bad type"]) { truncated } }', 'types'],
      ['{ shortestPath(from: "russia", to: "ukraine", maxLength: 0) { truncated } }', 'maxLength'],
      ['{ entity(id: "russia") { relations(types: ["Not-A-Type"]) { id } } }', 'types'],
      [`{ search(query: "${'x'.repeat(501)}") { score } }`, 'query'],
    ])('%s → %s', async (query, field) => {
      const error = firstError(await t.graphql(query));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('clamps values above the caps instead of failing', async () => {
      // Clamped to the caps, for the cost too: 100,000 counts as 100 and 500.
      const body = await t.graphql<{ search: unknown[]; entities: { edges: unknown[] } }>(
        `query($n: Int) { search(query: "a", limit: $n) { score } entities(first: $n) { edges { cursor } } }`,
        { n: 100_000 },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.search.length).toBeLessThanOrEqual(CAPS.searchLimit);
      expect(body.data?.entities.edges.length).toBeLessThanOrEqual(CAPS.entitiesFirst);
    });
  });

  describe('NOT_FOUND and null', () => {
    it('gives null from entity, NOT_FOUND from neighborhood, shortestPath and mutations', async () => {
      expect((await t.graphql('{ entity(id: "nobody") { id } }')).data).toEqual({ entity: null });
      expect(firstError(await t.graphql('{ neighborhood(id: "nobody") { truncated } }')).extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'id',
      });
      expect(firstError(await t.graphql('{ shortestPath(from: "russia", to: "nobody") { truncated } }')).extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'to',
      });
      const deleted = await t.graphql('mutation { deleteEntity(id: "nobody") }', {}, TEST_TOKEN);
      expect(firstError(deleted).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const source = await t.graphql('mutation { deleteSource(id: "no-such-source") { ok } }', {}, TEST_TOKEN);
      expect(firstError(source).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });
  });

  describe('UNAUTHENTICATED', () => {
    const mutation = 'mutation { deleteEntity(id: "russia") }';
    it('rejects a mutation without a token, and with a wrong one, and writes nothing', async () => {
      expect(firstError(await t.graphql(mutation)).extensions?.code).toBe('UNAUTHENTICATED');
      expect(firstError(await t.graphql(mutation, {}, `${TEST_TOKEN}x`)).extensions?.code).toBe('UNAUTHENTICATED');
      expect(firstError(await t.graphql(mutation, {}, 'short')).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.graphql('{ entity(id: "russia") { id } }')).data).toEqual({ entity: { id: 'russia' } });
    });

    it('lets queries through without a token', async () => {
      expect((await t.graphql('{ stats { entityCount } }')).errors).toBeUndefined();
    });
  });

  describe('DATABASE_UNAVAILABLE and masking', () => {
    it('answers DATABASE_UNAVAILABLE when Neo4j cannot be reached', async () => {
      const down = await createTestApp({ uri: `bolt://127.0.0.1:${await freePort()}`, awaitReady: false });
      try {
        const body = await down.graphql('{ entity(id: "russia") { id } }');
        const error = firstError(body);
        expect(error.extensions?.code).toBe('DATABASE_UNAVAILABLE');
        expect(JSON.stringify(body)).not.toMatch(/password|neo4j:\/\/|bolt:\/\/|stack/i);
      } finally {
        await down.close();
      }
    });

    it('turns a real Neo4j transaction timeout into QUERY_TIMEOUT', async () => {
      const slow = { cypher: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n', params: {} };
      const error = await t.executor
        .readTransaction((tx) => tx.run(slow), 200)
        .then(
          () => undefined,
          (caught: unknown) => caught,
        );
      expect(error).toBeDefined();
      // As graphql-js hands it to the mask: wrapped in a located GraphQLError.
      const wrapped = new GraphQLError('wrapped', { originalError: error as Error });
      const masked = maskError(wrapped, 'Unexpected error.') as GraphQLError;
      expect(masked.extensions).toEqual({ code: 'QUERY_TIMEOUT' });
      expect(masked.message).not.toMatch(/UNWIND|Neo\.ClientError/);
    });

    it('masks unexpected errors: no message details, no stack trace', async () => {
      const broken = await createTestApp({
        onQuery: () => {
          throw new Error('boom: password=hunter2 at /srv/secret/path.ts:12');
        },
      });
      try {
        const body = await broken.graphql('{ entity(id: "russia") { id } }');
        expect(firstError(body).message).toBe('Unexpected error.');
        expect(JSON.stringify(body)).not.toMatch(/hunter2|secret|boom|stack|\.ts:/);
      } finally {
        await broken.close();
      }
    });
  });

  describe('document limits (graphql-armor)', () => {
    it(`rejects a query deeper than ${ARMOR.maxDepth}`, async () => {
      const deep =
        '{ entity(id: "russia") { relations { from { relations { from { relations { from { relations { to { id } } } } } } } } } }';
      expect(firstError(await t.graphql(deep)).message).toMatch(/depth/i);
    });

    it(`rejects more than ${ARMOR.maxAliases} aliases`, async () => {
      const aliases = Array.from({ length: ARMOR.maxAliases + 1 }, (_, i) => `a${i}: stats { entityCount }`).join(' ');
      expect(firstError(await t.graphql(`{ ${aliases} }`)).message).toMatch(/alias/i);
    });

    it(`rejects a query costing more than ${DEFAULT_REQUEST_LIMITS.maxCost}`, async () => {
      // Shallow, but `first: 500` counts its selection 500 times, and `limit: 500` nested in it 500 more.
      const costly = '{ entities(first: 500) { edges { node { relations(limit: 500) { id } } } } }';
      const error = firstError(await t.graphql(costly));
      expect(error.message).toMatch(/cost/i);
      expect(error.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
      const cheap = await t.graphql('{ entities(first: 300) { edges { node { id name type aliases description properties degree } } } }');
      expect(cheap.errors).toBeUndefined();
    });

    it(`rejects more than ${ARMOR.maxTokens} tokens`, async () => {
      const fields = Array.from({ length: ARMOR.maxTokens }, () => 'entityCount').join(' ');
      expect(firstError(await t.graphql(`{ stats { ${fields} } }`)).message).toMatch(/token/i);
    });

    it('does not suggest field names', async () => {
      const message = firstError(await t.graphql('{ entiti(id: "russia") { id } }')).message;
      expect(message).not.toMatch(/did you mean|entity/i);
    });

    it('still lets GraphiQL introspect the schema', async () => {
      const { getIntrospectionQuery } = await import('graphql');
      const body = await t.graphql(getIntrospectionQuery());
      expect(body.errors).toBeUndefined();
    });
  });

  describe('request body size', () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      server = createServer(t.app.requestListener);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const bigBody = () => JSON.stringify({ query: '{ stats { entityCount } }', variables: { pad: 'x'.repeat(MAX_BODY_BYTES) } });

    it('answers 413 with a clear message for a body over the limit (Content-Length)', async () => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bigBody() });
      expect(response.status).toBe(413);
      const body = (await response.json()) as GraphQLBody;
      expect(body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect(body.errors?.[0]?.message).toMatch(/5 MB.*npm run seed/);
    });

    it('answers 413 for a streamed body without Content-Length once it passes the limit', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query":"{ stats { entityCount } }","variables":{"pad":"'));
          if (sent > 8) return controller.close();
          sent += 1;
          controller.enqueue(chunk);
        },
      });
      const response = await t.app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
    });

    it('accepts a body under the limit, streamed or not', async () => {
      const small = JSON.stringify({ query: '{ stats { entityCount } }', variables: { pad: 'x'.repeat(1024 * 1024) } });
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: small });
      expect(response.status).toBe(200);
      const streamed = await t.app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new Blob([small]).stream(),
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(200);
      expect(((await streamed.json()) as GraphQLBody).data).toEqual({ stats: { entityCount: expect.any(Number) } });
    });
  });
});
