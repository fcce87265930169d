// SIGTERM and SIGINT to any process of the `npm start` tree stop the whole tree (issue 8, point 11:
// SIGTERM to npm used to leave the server and the JVM running, orphaned).
import { describe, expect, it } from 'vitest';
import { isAlive, javaPid, processGroup, processes, startServerProcess, statusOf, waitFor } from '../helpers/server-process';

type Target = 'npm' | 'server' | 'jvm';

async function stopTreeBy(target: Target, signal: NodeJS.Signals) {
  const run = await startServerProcess('npm');
  try {
    expect(await waitFor(async () => (await statusOf(`${run.url}/readyz`)) === 200, 150_000)).toBe(true);
    const npm = run.child.pid ?? 0;
    const jvm = javaPid(run.dataDir) ?? 0;
    // The server is the node process running server/main.ts in npm's process group.
    const server = processes().find((p) => p.pgid === npm && p.cmdline.includes('server/main.ts') && p.pid !== npm)?.pid ?? 0;
    const tree = processGroup(npm);
    // Never signal pid 0 or -1: that would reach other processes.
    for (const pid of [npm, jvm, server]) expect(pid).toBeGreaterThan(0);
    expect(tree).toEqual(expect.arrayContaining([npm, server, jvm]));

    process.kill({ npm, server, jvm }[target], signal);
    const gone = await waitFor(() => tree.every((pid) => !isAlive(pid)), 40_000);
    expect({
      gone,
      alive: processes()
        .filter((p) => tree.includes(p.pid))
        .map((p) => p.cmdline.slice(0, 80)),
    }).toEqual({ gone: true, alive: [] });
    expect(await statusOf(`${run.url}/healthz`, 1_000)).toBe(0);
  } finally {
    await run.cleanup();
  }
}

describe('signals to the npm start tree', () => {
  it.each<[Target, NodeJS.Signals]>([
    ['npm', 'SIGTERM'],
    ['npm', 'SIGINT'],
    ['server', 'SIGTERM'],
    ['jvm', 'SIGTERM'],
  ])('%s gets %s: every process of the tree exits', stopTreeBy, 200_000);
});

describe('a signal while Neo4j is still starting', () => {
  it('npm gets SIGTERM before the server is ready: the JVM that was starting exits too', async () => {
    const run = await startServerProcess('npm');
    try {
      const npm = run.child.pid ?? 0;
      expect(npm).toBeGreaterThan(0);
      // The JVM exists, but Neo4j is not serving yet.
      expect(await waitFor(() => javaPid(run.dataDir) !== undefined, 60_000)).toBe(true);
      const jvm = javaPid(run.dataDir) ?? 0;
      expect(jvm).toBeGreaterThan(0);
      expect(await statusOf(`${run.url}/readyz`, 500)).not.toBe(200);
      const tree = processGroup(npm);

      process.kill(npm, 'SIGTERM');
      // Within a few of the JVM's 500 ms parent checks, not once it has finished starting up
      // (it used to watch its parent only from "ready" on, holding the port and the store's lock till then).
      const gone = await waitFor(() => !isAlive(jvm) && tree.every((pid) => !isAlive(pid)), 5_000);
      expect({ gone, jvmAlive: isAlive(jvm) }).toEqual({ gone: true, jvmAlive: false });
    } finally {
      await run.cleanup();
    }
  }, 120_000);
});
