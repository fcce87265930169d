// Mutations through GraphQL on the article graph: upserts with provenance, deletes, and the
// loader's importSeed / deleteSource in every format the CLI accepts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_SOURCE, createArticleTestApp } from '../helpers/load-seed';
import { TEST_TOKEN, type TestApp } from '../helpers/test-app';

const ENTITY = 'id type name aliases description properties degree sources { id title }';
const RELATION = 'id type from { id } to { id } properties evidence { quote source { id title } }';
const REPORT = `ok dryRun entitiesCreated entitiesUpdated entitiesResolved entitiesRemoved relationsCreated relationsUpdated
  relationsRemoved sourcesCreated sourcesUpdated sourcesRemoved resolutions { from to reason } errors { path message } createdEntityIds`;

interface EntityResult {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  properties: Record<string, unknown>;
  sources: { id: string; title: string }[];
}
interface RelationResult {
  id: string;
  properties: Record<string, unknown>;
  evidence: { quote: string | null; source: { id: string; title: string } }[];
}
interface Report {
  ok: boolean;
  errors: { path: string; message: string }[];
  createdEntityIds: string[];
  [count: string]: unknown;
}

const EASLEY_QUOTE =
  '“Kunjungan Putin merupakan bagian dari ucapan terima kasih kepada Korea Utara karena telah bertindak sebagai ‘gudang otokrasi’ dalam mendukung invasi ilegalnya ke Ukraina,” kata Leif-Eric Easley';

describe('mutations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createArticleTestApp();
  });
  afterAll(() => t.close());

  const write = <T>(query: string, variables: Record<string, unknown> = {}) => t.graphql<T>(query, variables, TEST_TOKEN);
  async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await write<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }
  const upsertEntity = (input: Record<string, unknown>) =>
    write<{ upsertEntity: EntityResult }>(`mutation($input: EntityInput!) { upsertEntity(input: $input) { ${ENTITY} } }`, { input });
  const upsertRelation = (input: Record<string, unknown>) =>
    write<{ upsertRelation: RelationResult }>(`mutation($input: RelationInput!) { upsertRelation(input: $input) { ${RELATION} } }`, {
      input,
    });
  const errorOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions;

  describe('upsertEntity', () => {
    it('creates an entity attributed to the "manual" source, searchable at once', async () => {
      const body = await upsertEntity({
        id: 'choe-son-hui',
        type: 'Person',
        name: 'Choe Son Hui',
        aliases: ['Choe Son-hui'],
        description: 'Foreign minister of North Korea.',
        properties: { role: 'Foreign Minister', wikidata: 'Q5105187' },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data?.upsertEntity).toEqual({
        id: 'choe-son-hui',
        type: 'Person',
        name: 'Choe Son Hui',
        aliases: ['Choe Son-hui'],
        description: 'Foreign minister of North Korea.',
        properties: { role: 'Foreign Minister', wikidata: 'Q5105187' },
        degree: 0,
        sources: [{ id: 'manual', title: 'Manual edits' }],
      });
      const search = await t.graphql<{ search: { entity: { id: string }; matched: string }[] }>(
        '{ search(query: "choe son-hui") { matched entity { id } } }',
      );
      expect(search.data?.search[0]).toEqual({ matched: 'Choe Son Hui', entity: { id: 'choe-son-hui' } });
      const sources = await t.graphql<{ sources: { id: string; entityCount: number }[] }>('{ sources { id entityCount } }');
      expect(sources.data?.sources).toContainEqual({ id: 'manual', entityCount: 1 });
    });

    it('updates: name and aliases replaced, properties merged, null removes, absent keeps', async () => {
      const body = await upsertEntity({
        id: 'choe-son-hui',
        type: 'Person',
        name: 'Choe Son-hui',
        aliases: ['Menteri Luar Negeri Choe'],
        properties: { wikidata: null, since: '2022' },
        source: ARTICLE_SOURCE,
      });
      expect(body.errors).toBeUndefined();
      expect(body.data?.upsertEntity).toMatchObject({
        name: 'Choe Son-hui',
        aliases: ['Menteri Luar Negeri Choe'],
        description: 'Foreign minister of North Korea.',
        properties: { role: 'Foreign Minister', since: '2022' },
      });
      expect(body.data?.upsertEntity.sources.map((s) => s.id).sort()).toEqual([ARTICLE_SOURCE, 'manual']);
      // The old alias no longer finds her; the new one does.
      const old = await t.graphql<{ search: { entity: { id: string } }[] }>('{ search(query: "Choe Son Hui Foreign") { entity { id } } }');
      expect(old.data?.search.map((h) => h.entity.id)).toContain('choe-son-hui'); // name still matches
      const alias = await t.graphql<{ search: { matched: string }[] }>('{ search(query: "Menteri Luar Negeri") { matched } }');
      expect(alias.data?.search[0]?.matched).toBe('Menteri Luar Negeri Choe');
    });

    it.each([
      [{ id: 'Not An Id' }, 'input.id'],
      [{ type: 'person' }, 'input.type'],
      [{ type: 'Source' }, 'input.type'],
      [{ name: '' }, 'input.name'],
      [{ aliases: ['x', 'x'] }, 'input.aliases[1]'],
      [{ properties: { wikidata: 'X12' } }, 'input.properties.wikidata'],
      [{ properties: { start: '2024-13' } }, 'input.properties.start'],
      [{ properties: { from: 'x' } }, 'input.properties.from'],
      [{ properties: { _norm: ['x'] } }, 'input.properties._norm'],
      [{ properties: { nested: { a: 1 } } }, 'input.properties.nested'],
      [{ properties: ['not', 'an', 'object'] }, 'input.properties'],
      [{ source: 'Bad Source' }, 'input.source'],
    ])('rejects %j as BAD_USER_INPUT on %s', async (change, field) => {
      const body = await upsertEntity({ id: 'test-entity', type: 'Person', name: 'Test', ...change });
      expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect((await t.graphql('{ entity(id: "test-entity") { id } }')).data).toEqual({ entity: null });
    });

    it("rejects a change of an existing entity's type, and an unknown source", async () => {
      expect(errorOf(await upsertEntity({ id: 'russia', type: 'Place', name: 'Russia' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.type',
      });
      expect(errorOf(await upsertEntity({ id: 'russia', type: 'Country', name: 'Russia', source: 'no-such-source' }))).toMatchObject({
        code: 'NOT_FOUND',
        field: 'input.source',
      });
    });
  });

  describe('upsertRelation', () => {
    it('a new relation opens a path that the relation-type filter allows only through it', async () => {
      // Restricted to DISCUSSES and the meeting's own relations, Easley has no way to Kim Jong Un until he DISCUSSES the visit.
      const path = `{ shortestPath(from: "leif-eric-easley", to: "kim-jong-un", maxLength: 10, relationTypes: ["DISCUSSES", "PART_OF", "PARTICIPATES_IN"]) { nodes { id } edges { type } } }`;
      expect((await t.graphql(path)).data).toEqual({ shortestPath: null });
      const body = await upsertRelation({
        from: 'leif-eric-easley',
        type: 'DISCUSSES',
        to: 'putin-visit-to-north-korea-2024',
        evidence: [{ source: ARTICLE_SOURCE, quote: EASLEY_QUOTE }],
      });
      expect(body.errors).toBeUndefined();
      expect(body.data?.upsertRelation).toEqual({
        id: 'leif-eric-easley|DISCUSSES|putin-visit-to-north-korea-2024',
        type: 'DISCUSSES',
        from: { id: 'leif-eric-easley' },
        to: { id: 'putin-visit-to-north-korea-2024' },
        properties: {},
        evidence: [{ quote: EASLEY_QUOTE, source: { id: ARTICLE_SOURCE, title: 'Putin Kunjungi Pyongyang untuk Temui Kim Jong Un' } }],
      });
      const found = await t.graphql<{ shortestPath: { nodes: { id: string }[]; edges: { type: string }[] } }>(path);
      const ids = found.data?.shortestPath.nodes.map((n) => n.id);
      expect(ids?.[0]).toBe('leif-eric-easley');
      expect(ids?.at(-1)).toBe('kim-jong-un');
      expect(ids).toContain('putin-visit-to-north-korea-2024');
      expect(found.data?.shortestPath.edges.every((e) => e.type !== 'MENTIONS')).toBe(true);
    });

    it('merges properties and evidence without duplicates; no evidence means "manual"', async () => {
      const input = { from: 'kim-jong-un', type: 'MEETS', to: 'vladimir-putin' };
      const first = await upsertRelation({ ...input, properties: { status: 'expected', place: 'Pyongyang' } });
      expect(first.errors).toBeUndefined();
      expect(first.data?.upsertRelation.evidence).toEqual([{ quote: null, source: { id: 'manual', title: 'Manual edits' } }]);
      const second = await upsertRelation({
        ...input,
        properties: { place: null, year: 2024 },
        evidence: [{ source: ARTICLE_SOURCE, quote: 'Putin akan menemui rekan dekatnya, Kim Jong Un.' }],
      });
      const again = await upsertRelation({
        ...input,
        evidence: [{ source: ARTICLE_SOURCE, quote: 'Putin akan menemui rekan dekatnya, Kim Jong Un.' }],
      });
      expect(again.errors).toBeUndefined();
      expect(second.data?.upsertRelation.properties).toEqual({ status: 'expected', year: 2024 });
      expect(again.data?.upsertRelation.evidence.map((e) => e.source.id)).toEqual(['manual', ARTICLE_SOURCE]);
      const entity = await t.graphql<{ entity: { relations: { id: string }[] } }>(
        '{ entity(id: "kim-jong-un") { relations(direction: OUT, types: ["MEETS"]) { id } } }',
      );
      expect(entity.data?.entity.relations).toEqual([{ id: 'kim-jong-un|MEETS|vladimir-putin' }]);
    });

    it.each([
      [{ from: 'nobody' }, 'NOT_FOUND', 'input.from'],
      [{ to: 'nobody' }, 'NOT_FOUND', 'input.to'],
      [{ evidence: [{ source: ARTICLE_SOURCE }, { source: 'no-such-source' }] }, 'NOT_FOUND', 'input.evidence[1].source'],
      [{ type: 'leads' }, 'BAD_USER_INPUT', 'input.type'],
      [{ type: 'MENTIONS' }, 'BAD_USER_INPUT', 'input.type'],
      [{ properties: { status: 'claimed' } }, 'BAD_USER_INPUT', 'input.properties.claimedBy'],
      [{ properties: { status: 'rumoured' } }, 'BAD_USER_INPUT', 'input.properties.status'],
      [{ properties: { status: 'claimed', claimedBy: 'nobody' } }, 'BAD_USER_INPUT', 'input.properties.claimedBy'],
      [{ evidence: [{ source: ARTICLE_SOURCE, quote: '' }] }, 'BAD_USER_INPUT', 'input.evidence[0].quote'],
    ])('rejects %j with %s on %s', async (change, code, field) => {
      const body = await upsertRelation({ from: 'russia', type: 'TRADES_WITH', to: 'north-korea', ...change });
      expect(errorOf(body)).toMatchObject({ code, field });
      const rows = await t.executor.read({ cypher: 'MATCH ()-[r:TRADES_WITH]->() RETURN count(r) AS n', params: {} });
      expect(rows[0]?.n).toBe(0);
    });
  });

  describe('deleteEntity', () => {
    it('deletes an entity and its relations', async () => {
      expect(await ok('mutation { deleteEntity(id: "choe-son-hui") }')).toEqual({ deleteEntity: true });
      expect((await t.graphql('{ entity(id: "choe-son-hui") { id } }')).data).toEqual({ entity: null });
      expect(errorOf(await write('mutation { deleteEntity(id: "choe-son-hui") }'))).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('importSeed and deleteSource', () => {
    const source = { id: 'test-2024-07-01-import', title: 'Import test', publishedAt: '2024-07-01', language: 'en' };
    const seed = {
      version: 1,
      sources: [source],
      entities: [
        { id: 'test-minister', type: 'Person', name: 'Test Minister' },
        { id: 'russia', type: 'Country', name: 'Russia' },
      ],
      relations: [
        { type: 'VISITS', from: 'test-minister', to: 'russia', evidence: [{ source: source.id, quote: 'The minister visited Russia.' }] },
      ],
    };
    const importSeed = (variables: Record<string, unknown>) =>
      write<{ importSeed: Report }>(
        `mutation($seed: JSON!, $format: SeedFormat, $dryRun: Boolean, $replace: Boolean, $resolve: Boolean) {
          importSeed(seed: $seed, format: $format, dryRun: $dryRun, replace: $replace, resolve: $resolve) { ${REPORT} } }`,
        variables,
      );

    it('checks a seed in a dry run without writing anything', async () => {
      const body = await importSeed({ seed, dryRun: true });
      expect(body.data?.importSeed).toMatchObject({
        ok: true,
        dryRun: true,
        entitiesCreated: 1,
        relationsCreated: 1,
        sourcesCreated: 1,
        errors: [],
      });
      expect((await t.graphql('{ entity(id: "test-minister") { id } }')).data).toEqual({ entity: null });
    });

    it('loads a JSON seed and reports what it created', async () => {
      const report = (await importSeed({ seed })).data?.importSeed;
      expect(report).toMatchObject({ ok: true, dryRun: false, entitiesCreated: 1, relationsCreated: 1, sourcesCreated: 1, errors: [] });
      expect(report?.createdEntityIds).toEqual(['test-minister']);
      const entity = await t.graphql<{ entity: { relations: unknown[] } }>(
        '{ entity(id: "test-minister") { relations { type to { id } evidence { source { id } } } } }',
      );
      expect(entity.data?.entity.relations).toEqual([{ type: 'VISITS', to: { id: 'russia' }, evidence: [{ source: { id: source.id } }] }]);
    });

    it('reports errors with paths for an invalid seed, and writes nothing', async () => {
      const bad = {
        version: 1,
        entities: [{ id: 'x', type: 'person', name: 'X' }],
        relations: [{ type: 'KNOWS', from: 'x', to: 'nobody-at-all' }],
      };
      const report = (await importSeed({ seed: bad })).data?.importSeed;
      expect(report?.ok).toBe(false);
      expect(report?.errors).toContainEqual(expect.objectContaining({ path: 'entities[0].type' }));
      expect((await t.graphql('{ entity(id: "x") { id } }')).data).toEqual({ entity: null });
    });

    it('loads the CSV pair and Cytoscape.js JSON, as the CLI does', async () => {
      const csv = {
        sources: 'id,title\ntest-2024-07-02-csv,CSV test\n',
        entities: 'id,type,name,aliases\ncsv-person,Person,CSV Person,Orang CSV\n',
        relations: 'from,type,to,source,quote\ncsv-person,VISITS,russia,test-2024-07-02-csv,CSV Person visited Russia.\n',
      };
      const fromCsv = (await importSeed({ seed: csv, format: 'CSV' })).data?.importSeed;
      expect(fromCsv).toMatchObject({ ok: true, entitiesCreated: 1, relationsCreated: 1, createdEntityIds: ['csv-person'] });
      const cytoscape = {
        data: { sources: [{ id: 'test-2024-07-03-cy', title: 'Cytoscape test' }] },
        elements: {
          nodes: [{ data: { id: 'cy-place', type: 'Place', label: 'Cy Place' } }],
          edges: [{ data: { source: 'cy-place', target: 'russia', type: 'LOCATED_IN', evidence: [{ source: 'test-2024-07-03-cy' }] } }],
        },
      };
      const fromCytoscape = (await importSeed({ seed: cytoscape, format: 'CYTOSCAPE' })).data?.importSeed;
      expect(fromCytoscape).toMatchObject({ ok: true, entitiesCreated: 1, relationsCreated: 1, createdEntityIds: ['cy-place'] });
      const search = await t.graphql<{ search: { entity: { id: string } }[] }>('{ search(query: "Orang CSV") { entity { id } } }');
      expect(search.data?.search[0]?.entity.id).toBe('csv-person');
    });

    it('deletes a source and what only it supported', async () => {
      const report = (await write<{ deleteSource: Report }>(`mutation { deleteSource(id: "${source.id}") { ${REPORT} } }`)).data
        ?.deleteSource;
      expect(report).toMatchObject({ ok: true, sourcesRemoved: 1, relationsRemoved: 1, entitiesRemoved: 1 });
      expect((await t.graphql('{ entity(id: "test-minister") { id } }')).data).toEqual({ entity: null });
      expect((await t.graphql('{ entity(id: "russia") { id } }')).data).toEqual({ entity: { id: 'russia' } });
      expect(errorOf(await write(`mutation { deleteSource(id: "${source.id}") { ok } }`))).toMatchObject({
        code: 'NOT_FOUND',
        field: 'id',
      });
    });
  });
});
