// The Wikidata background source (issue 11 §4): bootstrap loads it after the article seed on an empty
// database, its relations land on the article's own entities (merged by id), and every piece of its
// evidence cites a Wikidata statement (item · property · value) with a link to the item.
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapDatabase } from '../../server/bootstrap';
import { importSeed } from '../../server/import';
import type { SeedFile } from '../../server/import/types';
import { ARTICLE_SOURCE, readArticleSeed } from '../helpers/load-seed';
import { runCommand, testNeo4jEnv } from '../helpers/run-command';
import { createTestApp, resetDatabase, type TestApp } from '../helpers/test-app';

const background = JSON.parse(readFileSync('seed/wikidata-background.json', 'utf8')) as SeedFile;
const article = readArticleSeed();
const WIKIDATA = background.sources?.[0]?.id ?? '';
/** "Seoul (Q8684) · country (P17) · South Korea (Q884)": labels with their ids, joined by middle dots. */
const STATEMENT = /^(.+) \((Q[1-9]\d*)\) · (.+) \((P[1-9]\d*)\) · (.+) \((Q[1-9]\d*)\)$/;

interface RelationResult {
  id: string;
  type: string;
  from: { id: string; properties: { wikidata?: string } | null };
  to: { id: string; properties: { wikidata?: string } | null };
  properties: { wikidataStatement?: string } | null;
  evidence: { quote: string | null; source: { id: string } }[];
}

const RELATION_FIELDS = `id type properties
  from { id properties } to { id properties }
  evidence { quote source { id } }`;

describe('the Wikidata background source', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.executor);
    await bootstrapDatabase({ executor: t.executor, logger: pino({ level: 'silent' }), autoSeed: true });
  });
  afterAll(() => t.close());

  async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await t.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  async function entityRelations(id: string): Promise<RelationResult[]> {
    const data = await ok<{ entity: { relations: RelationResult[] } | null }>(
      `query($id: ID!) { entity(id: $id) { relations(limit: 500) { ${RELATION_FIELDS} } } }`,
      { id },
    );
    return data.entity?.relations ?? [];
  }

  it('is a second, clearly labelled source next to the article', async () => {
    const { sources } = await ok<{ sources: { id: string; title: string; publisher: string; url: string; relationCount: number }[] }>(
      '{ sources { id title publisher url relationCount } }',
    );
    expect(sources.map((s) => s.id).sort()).toEqual([ARTICLE_SOURCE, WIKIDATA].sort());
    const wikidata = sources.find((s) => s.id === WIKIDATA);
    expect(wikidata).toMatchObject({ publisher: 'Wikidata', url: 'https://www.wikidata.org/' });
    expect(wikidata?.title).toMatch(/^Background/);
    expect(wikidata?.relationCount).toBe(background.relations?.length);
  });

  it('reuses the article’s entities: only the entities the article lacks are new', async () => {
    const { stats } = await ok<{ stats: { entityCount: number } }>('{ stats { entityCount } }');
    const articleIds = new Set((article.entities ?? []).map((e) => e.id));
    const added = (background.entities ?? []).filter((e) => !articleIds.has(e.id));
    expect(added.map((e) => e.id)).toEqual((background.entities ?? []).map((e) => e.id));
    expect(stats.entityCount).toBe(articleIds.size + added.length);
  });

  it('merges on Seoul: it has both the article’s and Wikidata’s relations, and both sources', async () => {
    const relations = await entityRelations('seoul');
    const sourcesOf = (r: RelationResult) => r.evidence.map((e) => e.source.id);
    expect(relations.find((r) => r.id === 'ewha-womans-university|LOCATED_IN|seoul')?.evidence.map((e) => e.source.id)).toEqual([
      ARTICLE_SOURCE,
    ]);
    expect(relations.find((r) => r.id === 'seoul|LOCATED_IN|south-korea')?.evidence).toEqual([
      { source: { id: WIKIDATA }, quote: 'Seoul (Q8684) · country (P17) · South Korea (Q884)' },
    ]);
    expect(relations.some((r) => sourcesOf(r).includes(ARTICLE_SOURCE))).toBe(true);
    const { entity } = await ok<{ entity: { sources: { id: string }[] } }>('{ entity(id: "seoul") { sources { id } } }');
    expect(entity.sources.map((s) => s.id).sort()).toEqual([ARTICLE_SOURCE, WIKIDATA].sort());
  });

  it('adds its evidence to a relation the article already states, keeping the article’s', async () => {
    const relation = (await entityRelations('pyongyang')).find((r) => r.id === 'pyongyang|LOCATED_IN|north-korea');
    expect(relation?.evidence.map((e) => e.source.id).sort()).toEqual([ARTICLE_SOURCE, WIKIDATA].sort());
  });

  it('cites a Wikidata statement in every relation: item, property and value, the ends’ own ids, a link to the item', async () => {
    const expected = background.relations ?? [];
    expect(expected.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    const ids = [...new Set(expected.flatMap((r) => [r.from, r.to]))];
    for (const id of ids) {
      for (const relation of await entityRelations(id)) {
        const cites = relation.evidence.filter((e) => e.source.id === WIKIDATA);
        if (cites.length === 0 || seen.has(relation.id)) continue;
        seen.add(relation.id);
        expect(cites, relation.id).toHaveLength(1);
        const match = STATEMENT.exec(cites[0]?.quote ?? '');
        expect(match, `${relation.id}: ${cites[0]?.quote}`).not.toBeNull();
        const [, , item, , property, , value] = match ?? [];
        // The statement's item and value are the very items the relation's ends stand for; Wikidata
        // may state it from either end (Asia · has part(s) · East Asia for east-asia PART_OF asia).
        const ends = [relation.from.properties?.wikidata, relation.to.properties?.wikidata];
        expect(
          [
            [item, value],
            [value, item],
          ],
          relation.id,
        ).toContainEqual(ends);
        expect(relation.properties?.wikidataStatement, relation.id).toBe(`https://www.wikidata.org/wiki/${item}#${property}`);
      }
    }
    expect([...seen].sort()).toEqual(expected.map((r) => `${r.from}|${r.type}|${r.to}`).sort());
  });

  it('gives the memberships the article relies on, for the UN sanctions', async () => {
    const ids = (await entityRelations('united-nations')).map((r) => r.id);
    for (const country of ['russia', 'north-korea', 'south-korea']) expect(ids).toContain(`${country}|MEMBER_OF|united-nations`);
    const council = (await entityRelations('russia')).find((r) => r.id === 'russia|MEMBER_OF|united-nations-security-council');
    expect(council?.properties).toMatchObject({ role: 'permanent member' });
  });

  // Last: it empties the database.
  it('needs the article: alone on an empty database it is refused, naming the missing entity, and writes nothing', async () => {
    await resetDatabase(t.executor);
    const report = await importSeed(t.executor, background);
    expect(report.ok).toBe(false);
    expect(report.errors[0]).toEqual({ path: 'relations[0].from', message: 'unknown entity "seoul"' });
    const [row] = await t.executor.read({ cypher: 'MATCH (n) RETURN count(n) AS n', params: {} });
    expect(row?.n).toBe(0);
  });

  it('`npm run seed` loads it after the article; its shared relations gain evidence instead of duplicating', async () => {
    const seed = (file: string) => runCommand('npx', ['tsx', 'server/import/cli/cli.ts', file], testNeo4jEnv());
    const alone = await seed('seed/wikidata-background.json');
    expect(alone.code).toBe(1);
    expect(`${alone.stdout}${alone.stderr}`).toContain('relations[0].from: unknown entity "seoul"');
    expect((await seed('seed/konteks-2024-06-18-putin-pyongyang.json')).code).toBe(0);
    const articleKeys = new Set((article.relations ?? []).map((r) => `${r.from}|${r.type}|${r.to}`));
    const shared = (background.relations ?? []).filter((r) => articleKeys.has(`${r.from}|${r.type}|${r.to}`)).length;
    const run = await seed('seed/wikidata-background.json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The article's entities it places are updated: the Wikidata source now mentions them too.
    const articleIds = new Set((article.entities ?? []).map((e) => e.id));
    const placed = new Set((background.relations ?? []).flatMap((r) => [r.from, r.to]).filter((id) => articleIds.has(id))).size;
    expect(run.stdout).toContain(`entities   ${background.entities?.length} created, ${placed} updated, 0 resolved`);
    expect(run.stdout).toContain(`relations  ${(background.relations?.length ?? 0) - shared} created, ${shared} updated`);
    expect(run.stdout).toContain('sources    1 created, 0 updated');
  });
});
