// `npm start`'s entry point (server/main.ts) as a real child process: bad config, an unreachable
// Neo4j, and the bundled Neo4j across two starts with Ctrl-C in between.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port';

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exit: Promise<number | null>;
}

function startMain(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function status(url: string): Promise<number> {
  try {
    return (await fetch(url)).status;
  } catch {
    return 0;
  }
}

const javaPids = (dataDir: string) =>
  new Promise<string>((resolve) => {
    const ps = spawn('pgrep', ['-f', `--data ${dataDir}`]);
    let out = '';
    ps.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    ps.once('exit', () => resolve(out.trim()));
  });

describe('server/main.ts', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jejaring-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops with one clear line, not a stack trace, on a bad NEO4J_URI', async () => {
    const run = startMain({ NEO4J_URI: 'http://localhost:7474' });
    expect(await run.exit).toBe(2);
    expect(run.output().trim()).toBe(
      'config: NEO4J_URI: "http://localhost:7474" is not a Neo4j URI (expected bolt://host:port, bolt+s://host:port, bolt+ssc://host:port, neo4j://host:port, neo4j+s://host:port, neo4j+ssc://host:port)',
    );
  });

  it('keeps serving when Neo4j is unreachable, says so in one line, and answers 503 on /readyz', async () => {
    const [port, deadPort] = [await freePort(), await freePort()];
    const run = startMain({ NEO4J_URI: `bolt://127.0.0.1:${deadPort}`, PORT: String(port), API_TOKEN: 'a-test-token-of-some-length' });
    await expect.poll(() => status(`http://127.0.0.1:${port}/healthz`), { timeout: 60_000, interval: 250 }).toBe(200);
    expect(await status(`http://127.0.0.1:${port}/readyz`)).toBe(503);
    await expect.poll(() => run.output(), { timeout: 20_000 }).toMatch(/Neo4j is unreachable at bolt:\/\/127\.0\.0\.1/);
    expect(run.output().match(/is unreachable/g)).toHaveLength(1);
    expect(run.output()).not.toMatch(/^\s+at /m);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
  });

  it('starts the bundled Neo4j, seeds it, stops it on Ctrl-C, and finds the data on the next start', async () => {
    const env = async () => ({
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await freePort()),
      PORT: String(await freePort()),
      NEO4J_HEAP: '512m',
    });
    const entityCount = async (port: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { entityCount } }' }),
      });
      const body = (await response.json()) as { data?: { stats: { entityCount: number } } };
      return body.data?.stats.entityCount ?? -1;
    };

    const firstEnv = await env();
    const first = startMain(firstEnv);
    await expect.poll(() => status(`http://127.0.0.1:${firstEnv.PORT}/readyz`), { timeout: 150_000, interval: 500 }).toBe(200);
    const seeded = await entityCount(firstEnv.PORT);
    expect(seeded).toBeGreaterThan(0);
    expect(first.output()).toMatch(/Explorer\s+http:\/\/localhost:\d+\//);
    expect(first.output()).toMatch(/Writes need a token/);
    first.child.kill('SIGINT');
    expect(await first.exit).toBe(0);
    expect(await javaPids(dataDir)).toBe('');

    const secondEnv = await env();
    const second = startMain(secondEnv);
    await expect.poll(() => status(`http://127.0.0.1:${secondEnv.PORT}/readyz`), { timeout: 150_000, interval: 500 }).toBe(200);
    expect(await entityCount(secondEnv.PORT)).toBe(seeded);
    second.child.kill('SIGINT');
    expect(await second.exit).toBe(0);
    expect(await javaPids(dataDir)).toBe('');
  }, 400_000);
});
