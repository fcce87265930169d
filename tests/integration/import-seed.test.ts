// The pinned article seed, loaded into the real Neo4j: counts, shape, idempotence, dry run and
// the number of Cypher round trips.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import { importSeed } from '../../server/import/index';
import { fingerprint } from '../fixtures/fingerprint';
import { readArticleSeed } from '../helpers/load-seed';
import { createTestApp, resetDatabase, type TestApp } from '../helpers/test-app';

const article = readArticleSeed;

describe('loading the article seed', () => {
  let t: TestApp;
  let queries = 0;
  beforeAll(async () => {
    t = await createTestApp({ onQuery: () => void queries++ });
    await ensureSchema(t.executor);
    await resetDatabase(t.executor);
  });
  afterAll(() => t.close());

  const countBy = (cypher: string) =>
    t.executor.read({ cypher, params: {} }).then((rows) => Object.fromEntries(rows.map((row) => [String(row.k), Number(row.n)])));
  const tally = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

  it('a dry run reports what would be created and writes nothing', async () => {
    const before = await fingerprint(t.executor);
    const file = article();
    const report = await importSeed(t.executor, file, { dryRun: true });
    expect(report).toMatchObject({
      ok: true,
      dryRun: true,
      entitiesCreated: file.entities!.length,
      relationsCreated: file.relations!.length,
      sourcesCreated: 1,
    });
    expect(await fingerprint(t.executor)).toBe(before);
    expect(await t.executor.read({ cypher: 'MATCH (n) RETURN count(n) AS n', params: {} })).toEqual([{ n: 0 }]);
  });

  it('creates every source, entity and relation of the file, in a bounded number of statements', async () => {
    const file = article();
    queries = 0;
    const progress: [number, number][] = [];
    const report = await importSeed(t.executor, file, { onProgress: (done, total) => progress.push([done, total]) });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({
      ok: true,
      dryRun: false,
      entitiesCreated: file.entities!.length,
      entitiesUpdated: 0,
      entitiesResolved: 0,
      relationsCreated: file.relations!.length,
      relationsUpdated: 0,
      sourcesCreated: 1,
    });
    expect(report.createdEntityIds).toHaveLength(file.entities!.length);
    // Lookups (entities, sources, candidates) + one statement per kind of write for a small file.
    expect(queries).toBeLessThanOrEqual(8);
    // Rows written: the source, the entities, the relations and one MENTIONS per entity.
    const rows = 1 + 2 * file.entities!.length + file.relations!.length;
    expect(progress.at(-1)).toEqual([rows, rows]);

    expect(await countBy('MATCH (e:Entity) RETURN e.type AS k, count(*) AS n')).toEqual(tally(file.entities!.map((e) => e.type)));
    expect(await countBy('MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS k, count(*) AS n')).toEqual(
      tally(file.relations!.map((r) => r.type)),
    );
    expect(await countBy('MATCH (s:Source)-[m:MENTIONS]->(:Entity) RETURN s.id AS k, count(m) AS n')).toEqual({
      'konteks-2024-06-18-putin-pyongyang': file.entities!.length,
    });
    const evidence = await countBy('MATCH (:Entity)-[r]->(:Entity) RETURN "quotes" AS k, sum(size(r.evidenceQuotes)) AS n');
    expect(evidence.quotes).toBe(file.relations!.reduce((sum, r) => sum + (r.evidence?.length ?? 0), 0));
  });

  it('stores entities and relations in the documented shape', async () => {
    const [northKorea] = await t.executor.read({
      cypher: 'MATCH (e:Entity {id: "north-korea"}) RETURN labels(e) AS labels, properties(e) AS p',
      params: {},
    });
    expect(northKorea?.labels).toEqual(expect.arrayContaining(['Entity', 'Country']));
    expect(northKorea?.p).toMatchObject({
      id: 'north-korea',
      type: 'Country',
      name: 'North Korea',
      wikidata: 'Q423',
      aliases: expect.arrayContaining(['Korea Utara', 'DPRK']),
      _aliasText: expect.stringContaining('Korea Utara | DPRK'),
      _norm: expect.arrayContaining(['north korea', 'korea utara', 'dprk']),
    });
    const [leads] = await t.executor.read({
      cypher: 'MATCH (:Entity {id: "vladimir-putin"})-[r:LEADS]->(:Entity {id: "russia"}) RETURN properties(r) AS p',
      params: {},
    });
    const inFile = article().relations!.find((r) => r.from === 'vladimir-putin' && r.type === 'LEADS' && r.to === 'russia');
    expect(leads?.p).toEqual({
      ...inFile?.properties,
      id: 'vladimir-putin|LEADS|russia',
      sources: ['konteks-2024-06-18-putin-pyongyang'],
      evidenceSources: inFile?.evidence?.map((e) => e.source),
      evidenceQuotes: inFile?.evidence?.map((e) => e.quote ?? ''),
    });
  });

  it('answers the example queries of docs/data-model.md', async () => {
    const rows = await t.executor.read({
      cypher: `MATCH (p:Entity {id: 'vladimir-putin'})-[r]-(other:Entity)
UNWIND range(0, size(r.evidenceQuotes) - 1) AS i
RETURN type(r) AS relation, startNode(r) = p AS outgoing, other.name AS other, r.evidenceSources[i] AS source, r.evidenceQuotes[i] AS quote
ORDER BY relation, other`,
      params: {},
    });
    expect(rows.length).toBeGreaterThan(10);
    expect(rows).toContainEqual(expect.objectContaining({ relation: 'LEADS', outgoing: true, other: 'Russia' }));
    const found = await t.executor.read({
      cypher: "CALL db.index.fulltext.queryNodes('entity_search', 'Korea Utara') YIELD node, score RETURN node.id AS id LIMIT 1",
      params: {},
    });
    expect(found[0]?.id).toBe('north-korea');
    const easley = await t.executor.read({
      cypher: "MATCH (:Entity {id: 'leif-eric-easley'})-[:AFFILIATED_WITH]->(u:Entity) RETURN u.id AS id",
      params: {},
    });
    expect(easley).toEqual([{ id: 'ewha-womans-university' }]);
  });

  it('loading the same file again changes nothing at all', async () => {
    const before = await fingerprint(t.executor);
    queries = 0;
    const report = await importSeed(t.executor, article());
    expect(report).toMatchObject({
      ok: true,
      entitiesCreated: 0,
      entitiesUpdated: 0,
      entitiesRemoved: 0,
      relationsCreated: 0,
      relationsUpdated: 0,
      relationsRemoved: 0,
      sourcesCreated: 0,
      sourcesUpdated: 0,
      createdEntityIds: [],
    });
    expect(queries).toBeLessThanOrEqual(4);
    expect(await fingerprint(t.executor)).toBe(before);
  });

  it('returns validation errors without throwing or writing', async () => {
    const before = await fingerprint(t.executor);
    const file = article();
    file.relations![12]!.to = 'kim-jong-uh';
    const report = await importSeed(t.executor, file);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([{ path: 'relations[12].to', message: 'unknown entity "kim-jong-uh"' }]);
    expect(await fingerprint(t.executor)).toBe(before);
  });
});
