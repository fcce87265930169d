import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';

describe('GraphQL to Neo4j and back', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the real Neo4j 5 version through GraphQL', async () => {
    const body = await t.graphql<{ health: { neo4jVersion: string; neo4jEdition: string } }>('{ health { neo4jVersion neo4jEdition } }');
    expect(body.errors).toBeUndefined();
    expect(body.data?.health.neo4jVersion).toMatch(/^5\.\d+/);
    expect(['community', 'enterprise']).toContain(body.data?.health.neo4jEdition);
  });

  it('answers liveness and readiness, and sets up the schema when ready', async () => {
    expect((await t.app.fetch('http://localhost/healthz')).status).toBe(200);
    const ready = await t.app.fetch('http://localhost/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'up' });
    const rows = await t.executor.read({ cypher: 'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names', params: {} });
    expect(rows[0]?.names).toEqual(expect.arrayContaining(['entity_id', 'source_id']));
  });

  it('rejects a mutation without the token before any resolver runs', async () => {
    const body = await t.graphql('mutation { __typename }');
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('static client routes', () => {
  let t: TestApp;
  let clientDir: string;
  beforeAll(async () => {
    clientDir = await mkdtemp(join(tmpdir(), 'jejaring-client-'));
    await writeFile(join(clientDir, 'index.html'), '<!doctype html><title>client</title>');
    t = await createTestApp({ clientDir });
  });
  afterAll(async () => {
    await t.close();
    await rm(clientDir, { recursive: true, force: true });
  });

  it('serves index.html for a view URL, and 404 without a stack trace for a malformed path', async () => {
    const view = await t.app.fetch('http://localhost/entity/kim-jong-un');
    expect(view.status).toBe(200);
    expect(await view.text()).toContain('<title>client</title>');

    const malformed = await t.app.fetch('http://localhost/%zz');
    const body = await malformed.text();
    expect(malformed.status).toBe(404);
    expect(body).not.toContain('URIError');
    expect(body).not.toContain('at ');
  });
});
