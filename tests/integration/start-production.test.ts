// `npm start` runs in production mode (NODE_ENV=production) unless NODE_ENV is set: graphql-js
// then skips its development checks on every value it handles (docs/operations.md). Against an
// unreachable Neo4j, so that no database is needed: the server keeps serving and says its mode.
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port';
import { startServerProcess, statusOf, type ServerProcess } from '../helpers/server-process';

let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.cleanup();
  server = undefined;
});

async function startNpm(env: Record<string, string>): Promise<ServerProcess> {
  server = await startServerProcess('npm', { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`, ...env });
  const running = server;
  await expect.poll(() => statusOf(`${running.url}/healthz`), { timeout: 60_000, interval: 250 }).toBe(200);
  return running;
}

async function startedMode(env: Record<string, string>): Promise<string> {
  const running = await startNpm(env);
  const mode = /running with NODE_ENV=(\S+?)["\s]/.exec(running.output())?.[1];
  running.child.kill('SIGTERM');
  expect((await running.exit).code).toBe(0);
  return mode ?? `no mode line in:\n${running.output()}`;
}

async function firstError(url: string, query: string): Promise<{ message: string; extensions?: { code?: string } } | undefined> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(10_000),
  });
  return ((await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] }).errors?.[0];
}

describe('npm start', () => {
  it('runs with NODE_ENV=production when NODE_ENV is not set', async () => {
    expect(await startedMode({})).toBe('production');
  });

  it('keeps its guards in production mode: armor, the cost limit and write auth answer before any database work', async () => {
    const { url } = await startNpm({});
    const deep = '{ entity(id: "a") { relations { from { relations { from { relations { from { relations { to { id } } } } } } } } } }';
    expect((await firstError(url, deep))?.message).toMatch(/depth/i);
    const costly = '{ entities(first: 500) { edges { node { relations(limit: 500) { id } } } } }';
    expect((await firstError(url, costly))?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    expect((await firstError(url, 'mutation { deleteEntity(id: "a") }'))?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps a NODE_ENV that is set', async () => {
    expect(await startedMode({ NODE_ENV: 'development' })).toBe('development');
  });
});
