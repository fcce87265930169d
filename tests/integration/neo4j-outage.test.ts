// The server survives Neo4j going away and recovers by itself when it is back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBundledNeo4j, type BundledNeo4j } from '../../neo4j/launcher';
import { freePort } from '../helpers/free-port';
import { createTestApp, type TestApp } from '../helpers/test-app';

describe('when Neo4j goes away and comes back', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jejaring-outage-'));
  let port: number;
  let neo4j: BundledNeo4j;
  let t: TestApp;

  beforeAll(async () => {
    port = await freePort();
    neo4j = await startBundledNeo4j({ dataDir, port, heap: '512m' });
    t = await createTestApp({ uri: neo4j.uri });
  });
  afterAll(async () => {
    await t?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const ready = async () => (await t.app.fetch('http://localhost/readyz')).status;
  const health = () => t.graphql<{ health: { neo4jVersion: string } }>('{ health { neo4jVersion } }');

  it('answers while Neo4j is up', async () => {
    expect(await ready()).toBe(200);
    expect((await health()).data?.health.neo4jVersion).toMatch(/^5\./);
  });

  it('says 503 and DATABASE_UNAVAILABLE while Neo4j is down, without crashing', async () => {
    await neo4j.stop();
    // The monitor notices within its probe interval; /readyz answers from what it knows.
    await expect.poll(ready, { timeout: 5_000, interval: 100 }).toBe(503);
    const body = await health();
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(body.errors?.[0]?.message).not.toMatch(/bolt:|password|at .*\.ts/);
    expect((await t.app.fetch('http://localhost/healthz')).status).toBe(200);
  });

  it('recovers by itself when Neo4j is back', async () => {
    neo4j = await startBundledNeo4j({ dataDir, port, heap: '512m' });
    await expect.poll(ready, { timeout: 30_000, interval: 250 }).toBe(200);
    expect((await health()).data?.health.neo4jVersion).toMatch(/^5\./);
  });
});
