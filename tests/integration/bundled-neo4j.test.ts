// The bundled Neo4j keeps its data across restarts and never outlives the process that started it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4jDriver from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { startBundledNeo4j } from '../../neo4j/launcher';
import { freePort } from '../helpers/free-port';

const dataDir = mkdtempSync(join(tmpdir(), 'jejaring-bundled-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function query(uri: string, cypher: string) {
  const driver = neo4jDriver.driver(uri);
  try {
    return (await driver.executeQuery(cypher)).records.map((record) => record.toObject());
  } finally {
    await driver.close();
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the bundled Neo4j', () => {
  it('is a real Neo4j 5 whose data survives a restart', async () => {
    const port = await freePort();
    const first = await startBundledNeo4j({ dataDir, port, heap: '512m' });
    const [component] = await query(first.uri, 'CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version');
    expect(component).toEqual({ name: 'Neo4j Kernel', version: expect.stringMatching(/^5\.26\./) });
    await query(first.uri, "CREATE (:Marker {note: 'kept'})");
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);

    const second = await startBundledNeo4j({ dataDir, port, heap: '512m' });
    expect(await query(second.uri, 'MATCH (m:Marker) RETURN m.note AS note')).toEqual([{ note: 'kept' }]);
    await second.stop();
    // Two JVM starts and a stop: on 2 cores shared with the other tiers this has taken 40-60 s.
  }, 150_000);

  it('stops its JVM when the parent process is killed with SIGKILL', async () => {
    const port = await freePort();
    const parent = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./neo4j/launcher.ts').then(async (m) => { const n = await m.startBundledNeo4j({ dataDir: ${JSON.stringify(join(dataDir, 'orphan'))}, port: ${port}, heap: '512m' }); console.log('pid', n.pid); })`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const javaPid = await new Promise<number>((resolve, reject) => {
      parent.stdout.on('data', (chunk: Buffer) => {
        const match = /pid (\d+)/.exec(chunk.toString());
        if (match) resolve(Number(match[1]));
      });
      parent.once('exit', (code) => reject(new Error(`parent exited early (${code})`)));
    });
    expect(isAlive(javaPid)).toBe(true);
    parent.kill('SIGKILL');
    await expect.poll(() => isAlive(javaPid), { timeout: 30_000, interval: 200 }).toBe(false);
  });
});
