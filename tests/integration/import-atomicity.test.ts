// A load lands completely or not at all: a statement failing inside the transaction after several
// batches were written, and a CLI killed with SIGKILL mid-load, both leave the database exactly
// as it was (same fingerprint of every node and relationship).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSeed } from '../../server/import/index';
import { fingerprint, graphCounts } from '../fixtures/fingerprint';
import { generateSeed } from '../fixtures/generate-seed';
import { failingWhen } from '../helpers/failing-executor';
import { createArticleTestApp } from '../helpers/load-seed';
import type { TestApp } from '../helpers/test-app';
import { testNeo4jEnv } from '../helpers/run-command';

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('atomicity of a load', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createArticleTestApp();
    dir = mkdtempSync(join(tmpdir(), 'jejaring-atomicity-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('rolls back everything when a statement fails inside the transaction after batches were written', async () => {
    const before = await fingerprint(t.executor);
    const counts = await graphCounts(t.executor);
    const progress: number[] = [];
    // The injected runner fails the statement after the fourth batch reported written.
    const failing = failingWhen(t.executor, () => progress.length >= 4);
    const load = importSeed(failing, generateSeed(5_000), { onProgress: (done) => progress.push(done) });
    await expect(load).rejects.toThrow(/by zero/i);
    // Four batches of 2,000 rows (1 source + 1,000 entities + 5,000 relations so far) were written first.
    expect(progress).toEqual([1, 1001, 3001, 5001]);
    expect(await graphCounts(t.executor)).toEqual(counts);
    expect(await fingerprint(t.executor)).toBe(before);
  });

  it('leaves the database unchanged when the CLI is killed (SIGKILL) mid-load', async () => {
    const file = join(dir, 'large.json');
    writeFileSync(file, JSON.stringify(generateSeed(40_000)));
    const before = await fingerprint(t.executor);
    const counts = await graphCounts(t.executor);

    // detached: the child leads its own process group, so npx, tsx and node all get the signal.
    const child = spawn('npx', ['tsx', 'server/import/cli/cli.ts', file], {
      env: { ...process.env, ...testNeo4jEnv() },
      detached: true,
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const loading = () =>
      t.executor.read({ cypher: 'SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN transactionId, currentQuery', params: {} });
    // Wait until the load's transaction is writing relations: sources and entities are in it already.
    const transactionId = await waitFor(async () => {
      const rows = await loading();
      return rows.find((row) => String(row.currentQuery).includes('CREATE (a)-[r:$(row.type)]->(b)'))?.transactionId;
    }, 'the CLI to write relations');
    process.kill(-(child.pid ?? 0), 'SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // Neo4j notices the closed connection and rolls the transaction back.
    await waitFor(async () => ((await loading()).some((row) => row.transactionId === transactionId) ? undefined : true), 'the rollback');

    expect(await graphCounts(t.executor)).toEqual(counts);
    expect(await fingerprint(t.executor)).toBe(before);
    // Nothing is left locked: a new load succeeds afterwards.
    const report = await importSeed(t.executor, generateSeed(500));
    expect(report).toMatchObject({ ok: true, relationsCreated: 500 });
  });
});
