// Loads that run at the same time take turns (the ImportLock taken first in every load's
// transaction): each one reads the state the previous one committed, so none of them creates a
// relation that another has just created.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSeed } from '../../server/import/index';
import type { SeedFile } from '../../server/import/types';
import { importLockQuery } from '../../server/queries/load/write-queries';
import { createArticleTestApp } from '../helpers/load-seed';
import { TEST_TOKEN, type TestApp } from '../helpers/test-app';

const source = (id: string) => ({
  id,
  title: `Test fixture ${id}`,
  publisher: 'Jejaring tests',
  publishedAt: '2024-07-02',
  language: 'en',
});

/** A file that only adds `vladimir-putin -[:PRAISES]-> kim-jong-un` (both in the article) from its own source. */
const praises = (sourceId: string, quote: string): SeedFile => ({
  version: 1,
  sources: [source(sourceId)],
  relations: [{ type: 'PRAISES', from: 'vladimir-putin', to: 'kim-jong-un', evidence: [{ source: sourceId, quote }] }],
});

const FIXTURE = 'fixture-2024-07-03-concurrent';
const newFile = (): SeedFile => ({
  version: 1,
  sources: [source(FIXTURE)],
  entities: [{ id: 'choe-son-hui', type: 'Person', name: 'Choe Son Hui', aliases: ['Choe Son-hui'] }],
  relations: [
    {
      type: 'AFFILIATED_WITH',
      from: 'choe-son-hui',
      to: 'north-korea',
      evidence: [{ source: FIXTURE, quote: 'Foreign Minister Choe Son Hui' }],
    },
    { type: 'MEETS', from: 'choe-son-hui', to: 'vladimir-putin', evidence: [{ source: FIXTURE, quote: 'Choe met Putin.' }] },
    { type: 'PRAISES', from: 'kim-jong-un', to: 'russia', evidence: [{ source: FIXTURE, quote: 'Kim praised Russia.' }] },
  ],
});

describe('concurrent loads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createArticleTestApp();
  });
  afterAll(() => t.close());

  const copies = async (from: string, type: string, to: string) =>
    t.executor.read({
      cypher:
        'MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN r.sources AS sources, r.evidenceQuotes AS quotes',
      params: { from, type, to },
    });

  it('two files adding the same new relation from different sources make one relation with both sources', async () => {
    const reports = await Promise.all([
      importSeed(t.executor, praises('fixture-2024-07-02-praise-a', 'Putin praised Kim.')),
      importSeed(t.executor, praises('fixture-2024-07-02-praise-b', 'Putin had warm words for Kim.')),
    ]);
    expect(reports.map((r) => r.errors)).toEqual([[], []]);
    expect(reports.map((r) => r.ok)).toEqual([true, true]);
    // One load created it, the other (which ran after it) added its evidence.
    expect(reports.map((r) => [r.relationsCreated, r.relationsUpdated]).sort()).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const found = await copies('vladimir-putin', 'PRAISES', 'kim-jong-un');
    expect(found).toHaveLength(1);
    expect([...(found[0]?.sources as string[])].sort()).toEqual(['fixture-2024-07-02-praise-a', 'fixture-2024-07-02-praise-b']);
    expect([...(found[0]?.quotes as string[])].sort()).toEqual(['Putin had warm words for Kim.', 'Putin praised Kim.']);
  });

  it('three loads of the same new file at once leave one copy of each relation', async () => {
    const file = newFile();
    const reports = await Promise.all([1, 2, 3].map(() => importSeed(t.executor, newFile())));
    expect(reports.map((r) => r.errors)).toEqual([[], [], []]);
    expect(reports.map((r) => r.ok)).toEqual([true, true, true]);
    expect(reports.map((r) => r.relationsCreated).sort()).toEqual([0, 0, file.relations!.length]);
    expect(reports.map((r) => r.entitiesCreated).sort()).toEqual([0, 0, 1]);
    for (const relation of file.relations!) {
      expect(await copies(relation.from, relation.type, relation.to), `${relation.from} ${relation.type} ${relation.to}`).toHaveLength(1);
    }
    const [mentions] = await t.executor.read({
      cypher: 'MATCH (:Source {id: $id})-[m:MENTIONS]->(e:Entity) RETURN count(m) AS n, count(DISTINCT e) AS entities',
      params: { id: FIXTURE },
    });
    expect(mentions).toEqual({ n: 5, entities: 5 });
  });

  it('an upsertRelation mutation waits while a load holds the lock, then adds to what the load wrote', async () => {
    const SOURCE = 'fixture-2024-07-04-warns';
    await importSeed(t.executor, { version: 1, sources: [source(SOURCE)] });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let lockTaken = () => {};
    const taken = new Promise<void>((resolve) => (lockTaken = resolve));
    // Stands in for a load between its reads and its writes: it holds the lock, then creates the relation.
    const load = t.executor.writeTransaction(async (tx) => {
      await tx.run(importLockQuery());
      lockTaken();
      await held;
      await tx.run({
        cypher: `MATCH (a:Entity {id: 'kim-jong-un'}), (b:Entity {id: 'united-nations'})
                 CREATE (a)-[:WARNS {id: 'kim-jong-un|WARNS|united-nations', sources: [$s], evidenceSources: [$s], evidenceQuotes: ['Kim warned the UN.']}]->(b)`,
        params: { s: SOURCE },
      });
    });
    await taken;
    const edit = t.graphql(
      'mutation($input: RelationInput!) { upsertRelation(input: $input) { id } }',
      { input: { from: 'kim-jong-un', type: 'WARNS', to: 'united-nations' } },
      TEST_TOKEN,
    );
    // The mutation's transaction is blocked on the lock (without the lock it would just run and commit).
    const blocked = async () => {
      const [row] = await t.executor.read({
        cypher: "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n",
        params: {},
      });
      return Number(row?.n);
    };
    await expect.poll(blocked, { timeout: 15_000 }).toBeGreaterThan(0);
    release();
    await load;
    expect((await edit).errors).toBeUndefined();
    const found = await copies('kim-jong-un', 'WARNS', 'united-nations');
    expect(found).toHaveLength(1);
    expect([...(found[0]?.sources as string[])].sort()).toEqual([SOURCE, 'manual']);
  });

  it('leaves no lock node behind', async () => {
    expect(await t.executor.read({ cypher: 'MATCH (l:ImportLock) RETURN count(l) AS n', params: {} })).toEqual([{ n: 0 }]);
  });
});
