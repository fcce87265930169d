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
