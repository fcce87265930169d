// SIGSTOP of the bundled JVM (issue 8, point 3): Neo4j's own timeout cannot fire while it is frozen,
// so the server's deadlines must hold by themselves; after SIGCONT, service resumes within 2 s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, javaPid, startServerProcess, statusOf, timed, waitFor, type ServerProcess } from '../helpers/server-process';

const QUERY_TIMEOUT_MS = 4_000;
const READ = '{ entity(id: "freeze-marker") { name } }';

describe('when the bundled JVM is frozen with SIGSTOP', () => {
  let server: ServerProcess;
  let jvm: number;
  beforeAll(async () => {
    server = await startServerProcess('node', { QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) });
    expect(await waitFor(async () => (await statusOf(`${server.url}/readyz`)) === 200, 150_000)).toBe(true);
    jvm = javaPid(server.dataDir) ?? 0;
    expect(jvm).toBeGreaterThan(0); // Never signal pid 0 or -1: that would reach other processes.
  });
  afterAll(async () => {
    if (jvm > 0) process.kill(jvm, 'SIGCONT');
    await server?.cleanup();
  });

  it('answers every request and /readyz on time while frozen, then recovers within 2 s of SIGCONT', async () => {
    // The first write on a fresh store can be slow on a busy machine: try until it lands.
    const write = () =>
      graphql(server.url, 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', {
        input: { id: 'freeze-marker', type: 'Thing', name: 'Frozen' },
      });
    expect(await waitFor(async () => (await write()).data !== null, 30_000)).toBe(true);
    expect((await graphql(server.url, READ)).data).toEqual({ entity: { name: 'Frozen' } });

    process.kill(jvm, 'SIGSTOP');
    // A request sent into the freeze gets an error by its deadline: the query timeout plus the
    // client's grace of 1 s (and some margin for a loaded machine), not never.
    const inFreeze = await timed(() => graphql(server.url, READ, {}, 15_000));
    expect(inFreeze.value).toMatchObject({ data: { entity: null }, code: expect.stringMatching(/^(QUERY_TIMEOUT|DATABASE_UNAVAILABLE)$/) });
    expect(inFreeze.ms).toBeLessThan(QUERY_TIMEOUT_MS + 2_500);

    // /readyz says 503 promptly, and answers within a second every time it is asked.
    const readyz = async () => {
      const { value, ms } = await timed(() => statusOf(`${server.url}/readyz`, 5_000));
      expect(ms).toBeLessThan(1_000);
      return value;
    };
    expect(await waitFor(async () => (await readyz()) === 503, 4_000)).toBe(true);

    // Known frozen: requests now fail fast.
    const fast = await timed(() => graphql(server.url, READ, {}, 5_000));
    expect(fast.value.code).toBe('DATABASE_UNAVAILABLE');
    expect(fast.ms).toBeLessThan(1_000);
    expect(await readyz()).toBe(503);

    process.kill(jvm, 'SIGCONT');
    const resumed = await timed(() =>
      waitFor(
        async () =>
          (await statusOf(`${server.url}/readyz`, 1_000)) === 200 && (await graphql(server.url, READ, {}, 1_000)).data !== undefined,
        2_000,
      ),
    );
    expect(resumed.value).toBe(true);
    expect((await graphql(server.url, READ)).data).toEqual({ entity: { name: 'Frozen' } });
  });
});
