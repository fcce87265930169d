// The other input formats against the real database: the CSV pair, Cytoscape.js JSON in both
// shapes, and the explorer's round trip (export to Cytoscape JSON, import it: the same graph).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import { exportCytoscape, formatError, importSeed, importSeeds, readSeedPath } from '../../server/import/index';
import { fingerprint } from '../fixtures/fingerprint';
import { readArticleSeed } from '../helpers/load-seed';
import { createTestApp, resetDatabase, type TestApp } from '../helpers/test-app';

const article = readArticleSeed;

describe('CSV and Cytoscape JSON imports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureSchema(t.executor);
  });
  afterAll(() => t.close());

  const one = async (cypher: string) => (await t.executor.read({ cypher, params: {} }))[0] ?? {};

  it('loads the CSV pair with its sources: rows of one relation become its evidence', async () => {
    await resetDatabase(t.executor);
    const [input] = readSeedPath('tests/fixtures/csv');
    expect(input?.format).toBe('csv');
    const report = await importSeed(t.executor, input?.input, { format: 'csv' });
    expect(report).toMatchObject({ ok: true, entitiesCreated: 4, relationsCreated: 4, sourcesCreated: 1 });
    expect(
      await one('MATCH (:Entity {id: "asean-summit-2023"})-[r:LOCATED_IN]->(:Entity {id: "jakarta"}) RETURN r.evidenceQuotes AS q'),
    ).toEqual({
      q: ['KTT ASEAN ke-43 berlangsung di Jakarta.', 'Para pemimpin tiba di Jakarta\npada Senin malam.'],
    });
    expect(
      await one(
        'MATCH (:Entity {id: "jakarta"})-[r:LOCATED_IN]->() RETURN r.status AS status, r.claimedBy AS by, r.evidenceQuotes[0] AS q',
      ),
    ).toEqual({
      status: 'claimed',
      by: 'joko-widodo',
      q: 'Jokowi menyebut Jakarta "tuan rumah yang siap".',
    });
    expect(await one('MATCH (e:Entity {id: "jakarta"}) RETURN e.aliases AS aliases, e.wikidata AS wikidata, e.description AS d')).toEqual({
      aliases: ['DKI Jakarta', 'Batavia'],
      wikidata: 'Q3630',
      d: 'Capital of Indonesia, on Java.',
    });
    const again = await importSeed(t.executor, input?.input, { format: 'csv' });
    expect(again).toMatchObject({ ok: true, entitiesCreated: 0, entitiesUpdated: 0, relationsCreated: 0, relationsUpdated: 0 });
  });

  it('lets relations.csv refer to entities and sources already in the database, and locates unknown ones by line', async () => {
    await resetDatabase(t.executor);
    await importSeed(t.executor, article());
    const entities = 'id,type,name\nsergei-shoigu,Person,Sergei Shoigu\n';
    const relations =
      'from,type,to,source,quote\nsergei-shoigu,AFFILIATED_WITH,russia,konteks-2024-06-18-putin-pyongyang,\nsergei-shoigu,MEETS,kim-jong-uh,,\nsergei-shoigu,MEETS,kim-jong-un,nowhere,\n';
    const bad = await importSeed(t.executor, { entities, relations }, { format: 'csv' });
    expect(bad.errors.map(formatError)).toEqual([
      'relations.csv:3: to: unknown entity "kim-jong-uh"',
      'relations.csv:4: source: unknown source "nowhere"',
    ]);
    const good = await importSeed(t.executor, { entities, relations: relations.split('\n').slice(0, 2).join('\n') }, { format: 'csv' });
    expect(good).toMatchObject({ ok: true, entitiesCreated: 1, relationsCreated: 1 });
  });

  it("loads the flat Cytoscape export with Cytoscape's own keys ignored", async () => {
    await resetDatabase(t.executor);
    const [input] = readSeedPath('tests/fixtures/cytoscape/explorer-flat.json');
    expect(input?.format).toBe('cytoscape');
    const report = await importSeeds(t.executor, [input!]);
    expect(report).toMatchObject({ ok: true, entitiesCreated: 3, relationsCreated: 2, sourcesCreated: 1 });
    expect(await one('MATCH (e:Country:Entity {id: "vietnam"}) RETURN e.population AS p')).toEqual({ p: 100300000 });
    expect(await one('MATCH (:Entity {id: "to-lam"})-[r:LEADS]->() RETURN r.since AS since, r.acting AS acting')).toEqual({
      since: 2024,
      acting: false,
    });
  });

  it.each([
    ['the article seed', async (t: TestApp) => void (await importSeed(t.executor, article()))],
    [
      'the flat Cytoscape fixture',
      async (t: TestApp) => void (await importSeeds(t.executor, readSeedPath('tests/fixtures/cytoscape/explorer-flat.json'))),
    ],
    ['the CSV fixture', async (t: TestApp) => void (await importSeeds(t.executor, readSeedPath('tests/fixtures/csv')))],
  ])('round-trips %s through the Cytoscape JSON export', async (_name, load) => {
    await resetDatabase(t.executor);
    await load(t);
    const original = await fingerprint(t.executor);
    const exported = JSON.parse(JSON.stringify(await exportCytoscape(t.executor))) as unknown;
    await resetDatabase(t.executor);
    const report = await importSeed(t.executor, exported, { format: 'cytoscape' });
    expect(report.errors).toEqual([]);
    expect(await fingerprint(t.executor)).toBe(original);
  });
});
