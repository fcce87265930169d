// SIGKILL of the bundled JVM under load (issue 8, point 2): the server notices at once, says so,
// answers fast while Neo4j is gone, restarts it, and finds its data again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  graphql,
  javaPid,
  startServerProcess,
  statusOf,
  timed,
  waitFor,
  type GraphQLReply,
  type ServerProcess,
} from '../helpers/server-process';

const READ = '{ entity(id: "kill-marker") { name } }';
const WRITE = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }';

describe('when the bundled JVM is killed with SIGKILL under load', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess('node');
    expect(await waitFor(async () => (await statusOf(`${server.url}/readyz`)) === 200, 150_000)).toBe(true);
  });
  afterAll(() => server?.cleanup());

  it('goes unready within a second, fails requests fast, logs the exit, restarts Neo4j, and keeps the data', async () => {
    const written = await graphql(server.url, WRITE, { input: { id: 'kill-marker', type: 'Thing', name: 'Still here' } });
    expect(written.data).toEqual({ upsertEntity: { id: 'kill-marker' } });
    const oldJvm = javaPid(server.dataDir) ?? 0;
    expect(oldJvm).toBeGreaterThan(0); // Never signal pid 0 or -1: that would reach other processes.

    // Load: four clients reading in a loop, every answer recorded with when it was asked and how long it took.
    let loading = true;
    const answers: { at: number; ms: number; reply: GraphQLReply }[] = [];
    const clients = Array.from({ length: 4 }, async () => {
      while (loading) {
        const at = performance.now();
        const { value, ms } = await timed(() => graphql(server.url, READ, {}, 10_000));
        answers.push({ at, ms, reply: value });
        await new Promise((resolve) => setTimeout(resolve, 20)); // Bounded traffic, not a wait for a condition.
      }
    });
    await waitFor(() => answers.length >= 20, 10_000);
    expect(answers.every((a) => a.reply.data !== undefined && a.reply.code === undefined)).toBe(true);

    const killedAt = performance.now();
    process.kill(oldJvm, 'SIGKILL');

    // Readiness goes 503 within a second of the kill, and every /readyz answers within a second.
    const unready = await waitFor(async () => (await timed(() => statusOf(`${server.url}/readyz`, 1_000))).value === 503, 1_000);
    expect(unready).toBe(true);
    expect(await waitFor(() => /Neo4j exited with signal SIGKILL/.test(server.output()), 1_000)).toBe(true);
    expect(await statusOf(`${server.url}/healthz`)).toBe(200);

    // While Neo4j is down, a request fails within a second with DATABASE_UNAVAILABLE.
    const down = await timed(() => graphql(server.url, READ, {}, 5_000));
    expect(down.value.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.ms).toBeLessThan(1_000);

    // Neo4j is restarted by itself, with the data it had.
    expect(await waitFor(async () => (await statusOf(`${server.url}/readyz`, 1_000)) === 200, 90_000)).toBe(true);
    loading = false;
    await Promise.all(clients);
    const newJvm = javaPid(server.dataDir);
    expect(newJvm).toBeDefined();
    expect(newJvm).not.toBe(oldJvm);
    expect((await graphql(server.url, READ)).data).toEqual({ entity: { name: 'Still here' } });

    // Under load, every request asked after the kill either succeeded (after the restart) or failed
    // fast with DATABASE_UNAVAILABLE; none waited. (A margin over 1 s for a busy test machine.)
    const afterKill = answers.filter((a) => a.at > killedAt + 50);
    expect(afterKill.length).toBeGreaterThan(0);
    const failed = afterKill.filter((a) => a.reply.code !== undefined);
    expect(failed.length).toBeGreaterThan(0);
    expect(
      failed.filter((a) => a.reply.code !== 'DATABASE_UNAVAILABLE' || a.ms >= 1_500).map((a) => ({ ...a, at: a.at - killedAt })),
    ).toEqual([]);
    expect(server.output()).toMatch(/the bundled Neo4j is running again/);
  });
});

describe('when the bundled JVM keeps dying', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess('node', { NEO4J_RESTART_LIMIT: '1' });
    expect(await waitFor(async () => (await statusOf(`${server.url}/readyz`)) === 200, 150_000)).toBe(true);
  });
  afterAll(() => server?.cleanup());

  it('exits non-zero past the restart budget instead of answering 200 on /healthz forever', async () => {
    const first = javaPid(server.dataDir) ?? 0;
    expect(first).toBeGreaterThan(0); // Never signal pid 0 or -1.
    process.kill(first, 'SIGKILL');
    // One restart is allowed: wait for the new JVM, then kill it too.
    expect(await waitFor(() => (javaPid(server.dataDir) ?? first) !== first, 60_000)).toBe(true);
    const second = javaPid(server.dataDir) ?? 0;
    expect(second).toBeGreaterThan(0);
    process.kill(second, 'SIGKILL');
    const exit = await Promise.race([server.exit, new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 30_000))]);
    expect(exit).toEqual({ code: 3, signal: null });
    expect(server.output()).toMatch(/gave up after 1 restarts in a row/);
    expect(await statusOf(`${server.url}/healthz`, 1_000)).toBe(0);
    expect(javaPid(server.dataDir)).toBeUndefined();
  });
});
