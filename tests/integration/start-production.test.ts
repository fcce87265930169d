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

async function startedMode(env: Record<string, string>): Promise<string> {
  server = await startServerProcess('npm', { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`, ...env });
  const running = server;
  await expect.poll(() => statusOf(`${running.url}/healthz`), { timeout: 60_000, interval: 250 }).toBe(200);
  const mode = /running with NODE_ENV=(\S+?)["\s]/.exec(running.output())?.[1];
  running.child.kill('SIGTERM');
  expect((await running.exit).code).toBe(0);
  return mode ?? `no mode line in:\n${running.output()}`;
}

describe('npm start', () => {
  it('runs with NODE_ENV=production when NODE_ENV is not set', async () => {
    expect(await startedMode({})).toBe('production');
  });

  it('keeps a NODE_ENV that is set', async () => {
    expect(await startedMode({ NODE_ENV: 'development' })).toBe('development');
  });
});
