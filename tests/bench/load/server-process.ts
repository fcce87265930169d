// The real server (server/main.ts) as its own process, on a free loopback port, against a given
// Neo4j: what `npm start` runs, so that its memory is measured apart from the load generator's.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../helpers/free-port';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ServerProcessOptions {
  neo4jUri: string;
  neo4jUser: string;
  neo4jPassword: string;
  apiToken: string;
  readyTimeoutMs?: number;
  /** The checkout to run (default: this one); compare-servers.ts runs two side by side. */
  cwd?: string;
  /** More environment for the server (compare-servers.ts: COMPARE_ENV_BEFORE / COMPARE_ENV_AFTER). */
  env?: Record<string, string>;
}

export interface ServerProcess {
  url: string;
  /** The server's own node process: `node --import tsx`, not the `tsx` CLI, which would be a wrapper process. */
  pid: number;
  /** The last lines it printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = await freePort();
  // SERVER_CPU_PROF_DIR: the server writes a V8 CPU profile there when it stops (see docs/benchmarks.md).
  const profileDir = process.env.SERVER_CPU_PROF_DIR;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'server/main.ts'], {
    cwd: options.cwd ?? REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEO4J_URI: options.neo4jUri,
      NEO4J_USER: options.neo4jUser,
      NEO4J_PASSWORD: options.neo4jPassword,
      AUTO_SEED: 'false',
      API_TOKEN: options.apiToken,
      HOST: '127.0.0.1',
      PORT: String(port),
      // As `npm start` runs it (package.json): not the bench's NODE_ENV, which vitest sets to "test".
      NODE_ENV: 'production',
      ...options.env,
    },
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 40));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // If the bench process dies, the server must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const url = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    url,
    pid: child.pid ?? -1,
    output: () => tail.join('\n'),
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(force);
    },
  };

  // Ready when /readyz answers 200 (Neo4j reachable, schema in place); poll with a deadline.
  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited before it was ready (${child.exitCode ?? child.signalCode}):\n${server.output()}`);
    }
    const status = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) {
      await layoutStored(server, deadline);
      return server;
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(
        `the server was not ready within ${options.readyTimeoutMs ?? 120_000} ms (last /readyz: ${status}):\n${server.output()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Waits until the server's start-up layout job has stored positions (server/layout/): it lays out
 * up to 20k entities on a core of its own, which would otherwise run inside the measured window.
 * Done when the most connected entity has a layout, the graph is empty, or the job says it failed.
 */
async function layoutStored(server: ServerProcess, deadline: number): Promise<void> {
  const query = JSON.stringify({ query: '{ graph(limit: 1) { nodes { layout { x } } } }' });
  for (;;) {
    const answer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: query,
      signal: AbortSignal.timeout(5_000),
    }).then(
      (response) => response.json() as Promise<{ data?: { graph?: { nodes?: { layout: unknown }[] } } }>,
      () => undefined,
    );
    const nodes = answer?.data?.graph?.nodes;
    if (nodes && (nodes.length === 0 || nodes[0]?.layout)) return;
    if (server.output().includes('the layout job failed')) return;
    if (Date.now() > deadline + 180_000) {
      await server.stop();
      throw new Error(`the server's layout job stored no positions in time:\n${server.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
