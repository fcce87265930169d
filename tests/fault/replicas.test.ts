// Two server processes on one Neo4j, over the routing scheme neo4j://, behave as one service:
// a write through one is read through the other at once, with the same configured token.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FAULT_TOKEN, graphql, startServerProcess, statusOf, waitFor, type ServerProcess } from '../helpers/server-process';

const WRITE = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id name } }';
const READ = 'query($id: ID!) { entity(id: $id) { name } }';

describe('two servers on one Neo4j over neo4j://', () => {
  const uri = inject('neo4jUri').replace(/^bolt:/, 'neo4j:');
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    expect(uri).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    for (const env of [{}, {}, { API_TOKEN: '' }] as Record<string, string>[])
      servers.push(await startServerProcess('node', { NEO4J_URI: uri, ...env }));
    for (const server of servers) expect(await waitFor(async () => (await statusOf(`${server.url}/readyz`)) === 200, 60_000)).toBe(true);
  });
  afterAll(async () => {
    for (const server of servers) await server.cleanup();
  });

  it('reads through one what was just written through the other, both ways', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    expect(a.output()).toContain(`Jejaring is running on Neo4j at ${uri}`);
    for (let round = 0; round < 10; round++) {
      const [writer, reader] = round % 2 ? [b, a] : [a, b];
      const name = `Replica edit ${round}`;
      const written = await graphql(writer.url, WRITE, { input: { id: 'replica-marker', type: 'Thing', name } });
      expect(written).toMatchObject({ data: { upsertEntity: { id: 'replica-marker', name } } });
      expect((await graphql(reader.url, READ, { id: 'replica-marker' })).data).toEqual({ entity: { name } });
    }
  });

  it('says at start that replicas need one configured token, when none is set', () => {
    const [a, , untokened] = servers as [ServerProcess, ServerProcess, ServerProcess];
    expect(untokened.output()).toMatch(/with several servers on one Neo4j, give them all the same API_TOKEN/);
    expect(a.output()).not.toMatch(/Writes need a token/);
  });

  it('takes the configured token on every replica, and not a token one replica made up', async () => {
    const [a, b, untokened] = servers as [ServerProcess, ServerProcess, ServerProcess];
    const madeUp = /Writes need a token\. For this run it is:\s+(\S+)/.exec(untokened.output())?.[1] ?? '';
    expect(madeUp).not.toBe('');
    expect(madeUp).not.toBe(FAULT_TOKEN);
    const input = { id: 'replica-token', type: 'Thing', name: 'Token' };
    for (const server of [a, b]) expect((await graphql(server.url, WRITE, { input })).code).toBeUndefined();
    const response = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${madeUp}` },
      body: JSON.stringify({ query: WRITE, variables: { input } }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
