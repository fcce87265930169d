// Several sources in one graph: entities merge by id, new entities resolve into existing ones
// (Wikidata id, alias), relations gain evidence, and replace / deleteSource take back exactly
// what only one source supported.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import { deleteSource, formatResolution, importSeed, NotFoundError } from '../../server/import/index';
import type { SeedFile } from '../../server/import/types';
import { fingerprint } from '../fixtures/fingerprint';
import { ARTICLE_SOURCE, readArticleSeed } from '../helpers/load-seed';
import { createTestApp, resetDatabase, type TestApp } from '../helpers/test-app';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as SeedFile;
const article = readArticleSeed;
const kimFamily = () => read('tests/fixtures/seeds/kim-family.json');
const second = () => read('tests/fixtures/seeds/second-source.json');
const ARTICLE = ARTICLE_SOURCE;
const articleRelation = (from: string, type: string, to: string) => {
  const found = article().relations!.find((r) => r.from === from && r.type === type && r.to === to);
  if (!found) throw new Error(`the article seed no longer has ${from} ${type} ${to}`);
  return found;
};
const SECOND = 'fixture-2024-07-01-second-source';

describe('loading several sources', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureSchema(t.executor);
  });
  afterAll(() => t.close());

  const one = async (cypher: string, params: Record<string, unknown> = {}) => (await t.executor.read({ cypher, params }))[0] ?? {};
  const entityIds = async () =>
    (await t.executor.read({ cypher: 'MATCH (e:Entity) RETURN e.id AS id ORDER BY id', params: {} })).map((r) => r.id);
  const relation = (from: string, type: string, to: string) =>
    one(`MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN properties(r) AS p, count(*) AS n`, {
      from,
      type,
      to,
    });
  const mentionedBy = async (source: string) =>
    (
      await t.executor.read({ cypher: 'MATCH (:Source {id: $source})-[:MENTIONS]->(e) RETURN e.id AS id ORDER BY id', params: { source } })
    ).map((r) => r.id);

  async function baseGraph() {
    await resetDatabase(t.executor);
    expect((await importSeed(t.executor, article())).ok).toBe(true);
    expect((await importSeed(t.executor, kimFamily())).ok).toBe(true);
  }

  describe('with entity resolution', () => {
    beforeAll(baseGraph);

    it('resolves by alias and by Wikidata id, not by an ambiguous alias, and reports each resolution', async () => {
      const report = await importSeed(t.executor, second());
      expect(report.errors).toEqual([]);
      expect(report.resolutions.map(formatResolution)).toEqual([
        'russian-federation → russia (alias "Russia")',
        'chosun → north-korea (wikidata Q423)',
      ]);
      expect(report).toMatchObject({
        entitiesCreated: 2,
        entitiesResolved: 2,
        entitiesUpdated: 4,
        relationsCreated: 2,
        relationsUpdated: 2,
        sourcesCreated: 1,
        createdEntityIds: ['kim', 'sergei-lavrov'],
      });
      const ids = await entityIds();
      expect(ids).not.toContain('russian-federation');
      expect(ids).not.toContain('chosun');
      expect(ids).toContain('kim'); // "Kim" is an alias of two people: no resolution, a new entity
    });

    it('merges the resolved entities into their targets and lets relations follow', async () => {
      const russia = await one('MATCH (e:Entity {id: "russia"}) RETURN e.name AS name, e.aliases AS aliases, e._norm AS norm');
      expect(russia).toEqual({
        name: 'Russia',
        aliases: ['Rusia', 'Russian Federation', 'Federasi Rusia'],
        norm: ['russia', 'rusia', 'russian federation', 'federasi rusia'],
      });
      const northKorea = await one('MATCH (e:Entity {id: "north-korea"}) RETURN e.aliases AS aliases, e.wikidata AS wikidata');
      expect(northKorea).toEqual({ aliases: expect.arrayContaining(['Korea Utara', 'Chosŏn']), wikidata: 'Q423' });
      expect((await relation('sergei-lavrov', 'AFFILIATED_WITH', 'russia')).n).toBe(1);
    });

    it("adds a second source's evidence to an existing relation without duplicating it", async () => {
      const inArticle = articleRelation('russia', 'PARTNERS_WITH', 'north-korea');
      const partners = await relation('russia', 'PARTNERS_WITH', 'north-korea');
      expect(partners.n).toBe(1);
      expect(partners.p).toMatchObject({
        ...inArticle.properties,
        sources: [ARTICLE, SECOND],
        evidenceSources: [...inArticle.evidence!.map(() => ARTICLE), SECOND],
        evidenceQuotes: [...inArticle.evidence!.map((e) => e.quote), 'Putin called the partnership multifaceted.'],
        status: 'claimed',
        claimedBy: 'vladimir-putin',
      });
    });

    it('merges an entity loaded by two sources: aliases unioned, name and properties kept, both sources mention it', async () => {
      const putin = await one(
        'MATCH (e:Entity {id: "vladimir-putin"}) RETURN e.aliases AS aliases, e.wikidata AS wikidata, e.description AS description',
      );
      expect(putin).toEqual({
        aliases: ['Putin', 'Vladimir Vladimirovich Putin', 'Путин'],
        wikidata: 'Q7747',
        description: 'President of Russia.',
      });
      expect(await mentionedBy(SECOND)).toEqual(['kim', 'north-korea', 'pyongyang', 'russia', 'sergei-lavrov', 'vladimir-putin']);
      expect(await mentionedBy(ARTICLE)).toContain('vladimir-putin');
    });

    it('is idempotent with resolution: a second load writes nothing', async () => {
      const before = await fingerprint(t.executor);
      const report = await importSeed(t.executor, second());
      expect(report).toMatchObject({
        ok: true,
        entitiesCreated: 0,
        entitiesUpdated: 0,
        relationsCreated: 0,
        relationsUpdated: 0,
        sourcesUpdated: 0,
        entitiesResolved: 2,
      });
      expect(await fingerprint(t.executor)).toBe(before);
    });
  });

  describe('without entity resolution', () => {
    beforeAll(baseGraph);

    it('creates the new ids as new entities', async () => {
      const report = await importSeed(t.executor, second(), { resolve: false });
      expect(report).toMatchObject({ ok: true, entitiesResolved: 0, resolutions: [], entitiesCreated: 4, relationsCreated: 4 });
      expect(await entityIds()).toEqual(expect.arrayContaining(['russian-federation', 'chosun']));
      expect((await relation('russian-federation', 'PARTNERS_WITH', 'chosun')).n).toBe(1);
    });
  });

  describe('replace', () => {
    beforeEach(async () => {
      await baseGraph();
      expect((await importSeed(t.executor, second())).ok).toBe(true);
    });

    const corrected = (): SeedFile => {
      const file = second();
      file.entities = file.entities!.filter((e) => e.id !== 'sergei-lavrov');
      file.relations = file.relations!.filter((r) => r.from !== 'sergei-lavrov' && r.type !== 'LEADS');
      file.relations[0]!.evidence = [{ source: SECOND, quote: 'Putin called the partnership “multifaceted”.' }];
      file.entities.find((e) => e.id === 'kim')!.description = 'Corrected description.';
      return file;
    };

    it('removes what only the replaced source supported and keeps what another source also supports', async () => {
      const report = await importSeed(t.executor, corrected(), { replace: true });
      expect(report).toMatchObject({ ok: true, entitiesRemoved: 1, relationsRemoved: 1, entitiesCreated: 0, relationsCreated: 0 });
      expect(await entityIds()).not.toContain('sergei-lavrov');
      expect((await relation('sergei-lavrov', 'AFFILIATED_WITH', 'russia')).n ?? 0).toBe(0);
      // Supported by the article too: stays, with only the article's evidence.
      expect((await relation('vladimir-putin', 'LEADS', 'russia')).p).toMatchObject({ sources: [ARTICLE], evidenceSources: [ARTICLE] });
      // The corrected quote replaces the old one; the article's evidence is untouched.
      const inArticle = articleRelation('russia', 'PARTNERS_WITH', 'north-korea');
      expect((await relation('russia', 'PARTNERS_WITH', 'north-korea')).p).toMatchObject({
        evidenceSources: [...inArticle.evidence!.map(() => ARTICLE), SECOND],
        evidenceQuotes: [...inArticle.evidence!.map((e) => e.quote), 'Putin called the partnership “multifaceted”.'],
      });
      expect((await one('MATCH (e:Entity {id: "kim"}) RETURN e.description AS d')).d).toBe('Corrected description.');
      expect(await mentionedBy(SECOND)).toEqual(['kim', 'north-korea', 'pyongyang', 'russia', 'vladimir-putin']);
      // The article's own entities and relations are all still there.
      expect(await mentionedBy(ARTICLE)).toHaveLength(article().entities!.length);
    });

    it('replacing with the same file changes nothing', async () => {
      const before = await fingerprint(t.executor);
      const report = await importSeed(t.executor, second(), { replace: true });
      expect(report).toMatchObject({ ok: true, entitiesRemoved: 0, relationsRemoved: 0, entitiesUpdated: 0, relationsUpdated: 0 });
      expect(await fingerprint(t.executor)).toBe(before);
    });

    it('a dry run of a replace reports the removals and writes nothing', async () => {
      const before = await fingerprint(t.executor);
      const report = await importSeed(t.executor, corrected(), { replace: true, dryRun: true });
      expect(report).toMatchObject({ ok: true, dryRun: true, entitiesRemoved: 1, relationsRemoved: 1 });
      expect(await fingerprint(t.executor)).toBe(before);
    });
  });

  describe('deleteSource', () => {
    it('removes a source and everything only it supported, leaving the rest exactly as before', async () => {
      await resetDatabase(t.executor);
      await importSeed(t.executor, article());
      const articleOnly = await fingerprint(t.executor);
      await importSeed(t.executor, kimFamily());
      expect(await fingerprint(t.executor)).not.toBe(articleOnly);
      const report = await deleteSource(t.executor, 'fixture-2024-01-01-kim-family');
      expect(report).toMatchObject({ ok: true, sourcesRemoved: 1, entitiesRemoved: 2, relationsRemoved: 1 });
      expect(await fingerprint(t.executor)).toBe(articleOnly);
    });

    it("keeps shared entities and relations, without the deleted source's evidence", async () => {
      await baseGraph();
      await importSeed(t.executor, second());
      const report = await deleteSource(t.executor, SECOND);
      expect(report).toMatchObject({ ok: true, sourcesRemoved: 1, entitiesRemoved: 2, relationsRemoved: 2 });
      expect(await entityIds()).not.toContain('kim');
      expect((await relation('russia', 'PARTNERS_WITH', 'north-korea')).p).toMatchObject({
        sources: [ARTICLE],
        evidenceSources: [ARTICLE],
      });
      expect((await one('MATCH (s:Source {id: $id}) RETURN count(s) AS n', { id: SECOND })).n).toBe(0);
    });

    it('throws NotFoundError for an unknown source and writes nothing', async () => {
      const before = await fingerprint(t.executor);
      await expect(deleteSource(t.executor, 'no-such-source')).rejects.toBeInstanceOf(NotFoundError);
      expect(await fingerprint(t.executor)).toBe(before);
    });
  });
});
