// Read queries on the article graph, through GraphQL and a real Neo4j: entity, search, entities,
// sources, stats.
import { parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_DEFAULT_QUERY } from '../../server/graphql/graphiql';
import { ARTICLE_SOURCE, createArticleTestApp, readArticleSeed } from '../helpers/load-seed';
import { TEST_TOKEN, type TestApp } from '../helpers/test-app';

interface Hit {
  score: number;
  matched: string | null;
  entity: { id: string; name: string; type: string };
}

interface RelationResult {
  id: string;
  type: string;
  from: { id: string };
  to: { id: string; name?: string };
  evidence: { quote: string | null; source: { id: string; title: string } }[];
}

const seed = readArticleSeed();
const entityCount = seed.entities?.length ?? 0;
const relationCount = seed.relations?.length ?? 0;

describe('read queries on the article graph', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createArticleTestApp();
  });
  afterAll(() => t.close());

  async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await t.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  const search = async (query: string, extra = '') =>
    (
      await ok<{ search: Hit[] }>(`query($q: String!) { search(query: $q${extra}) { score matched entity { id name type } } }`, {
        q: query,
      })
    ).search;

  describe('entity', () => {
    it('returns Easley with his relations (Ewha Womans University), evidence and sources', async () => {
      const data = await ok<{ entity: { degree: number; properties: unknown; relations: RelationResult[]; sources: unknown[] } }>(`{
        entity(id: "leif-eric-easley") {
          id type name aliases description properties degree
          relations { id type from { id } to { id name } properties evidence { quote source { id title } } }
          sources { id title entityCount relationCount }
        }
      }`);
      const easley = data.entity;
      expect(easley).toMatchObject({ id: 'leif-eric-easley', type: 'Person', name: 'Leif-Eric Easley', aliases: ['Easley'] });
      expect(easley.properties).toEqual({ role: 'Professor of International Studies' });
      const affiliation = easley.relations.find((r) => r.type === 'AFFILIATED_WITH');
      expect(affiliation).toMatchObject({
        id: 'leif-eric-easley|AFFILIATED_WITH|ewha-womans-university',
        from: { id: 'leif-eric-easley' },
        to: { id: 'ewha-womans-university', name: 'Ewha Womans University' },
      });
      expect(affiliation?.evidence[0]?.source).toMatchObject({
        id: ARTICLE_SOURCE,
        title: 'Putin Kunjungi Pyongyang untuk Temui Kim Jong Un',
      });
      expect(affiliation?.evidence[0]?.quote).toContain('Ewha');
      expect(easley.degree).toBe(easley.relations.length);
      expect(easley.sources).toEqual([
        { id: ARTICLE_SOURCE, title: 'Putin Kunjungi Pyongyang untuk Temui Kim Jong Un', entityCount, relationCount },
      ]);
    });

    it('filters relations by direction and type, and hides internal properties', async () => {
      const data = await ok<{ entity: { properties: Record<string, unknown>; out: unknown[]; in: RelationResult[]; few: unknown[] } }>(`{
        entity(id: "vladimir-putin") {
          properties
          out: relations(direction: OUT, types: ["LEADS"]) { type to { id } }
          in: relations(direction: IN) { to { id } }
          few: relations(limit: 2) { id }
        }
      }`);
      expect(data.entity.out).toEqual([{ type: 'LEADS', to: { id: 'russia' } }]);
      expect(data.entity.in.every((r) => r.to.id === 'vladimir-putin')).toBe(true);
      expect(data.entity.few).toHaveLength(2);
      expect(Object.keys(data.entity.properties).some((key) => key.startsWith('_'))).toBe(false);
      expect(data.entity.properties).toMatchObject({ wikidata: 'Q7747' });
    });

    it('gives null for an unknown id', async () => {
      expect(await ok('{ entity(id: "no-such-entity") { id } }')).toEqual({ entity: null });
    });
  });

  describe('search', () => {
    it('completes a prefix: "Eas" finds Easley', async () => {
      const hits = await search('Eas');
      expect(hits[0]?.entity.id).toBe('leif-eric-easley');
      expect(hits[0]?.matched).toBe('Easley');
    });

    it('forgives a typo: "Easly" finds Easley first', async () => {
      expect((await search('Easly'))[0]?.entity.id).toBe('leif-eric-easley');
    });

    it('ranks North Korea first for its Indonesian alias "Korea Utara"', async () => {
      const hits = await search('Korea Utara');
      expect(hits[0]).toMatchObject({ entity: { id: 'north-korea' }, matched: 'Korea Utara' });
      expect(hits.length).toBeGreaterThan(1); // other entities mention Korea Utara too, ranked lower
    });

    it('finds the United Nations by "PBB", first, though "sanksi PBB" also matches', async () => {
      const hits = await search('PBB');
      expect(hits[0]).toMatchObject({ entity: { id: 'united-nations' }, matched: 'PBB' });
      expect(hits.map((h) => h.entity.id)).toContain('un-sanctions-on-north-korea');
    });

    it('ignores case and diacritics: "kÍm jong ÜN"', async () => {
      const hits = await search('kÍm jong ÜN');
      expect(hits[0]?.entity.id).toBe('kim-jong-un');
      expect(hits[0]?.matched).toBe('Kim Jong Un');
    });

    it.each(['Korea" OR *:*', '*:*', 'name:(x) OR 1', '(((', 'Korea && !Utara ~ ^2', 'a\\', '/.*/', 'NOT OR AND'])(
      'treats Lucene syntax as text: %s',
      async (text) => {
        const hits = await search(text);
        expect(hits.length).toBeLessThan(entityCount);
      },
    );

    it('does not match everything with an injection attempt', async () => {
      const body = await t.graphql<{ search: { entity: Record<string, unknown> }[] }>(
        '{ search(query: "Korea\\" OR *:*", limit: 100) { entity { name aliases description } } }',
      );
      const hits = body.data?.search ?? [];
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.length).toBeLessThan(entityCount);
      // Every hit has the word (or a longer form, "Korean") somewhere it is indexed.
      for (const hit of hits) expect(JSON.stringify(hit.entity).toLowerCase()).toMatch(/kore/);
    });

    it('filters by type and respects the limit; scores are in descending order', async () => {
      const hits = await search('Korea', ', types: ["Country", "Place"], limit: 2');
      expect(hits).toHaveLength(2);
      expect(hits.every((h) => ['Country', 'Place'].includes(h.entity.type))).toBe(true);
      expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
    });

    it('gives an empty list for text without words, and matched null for a description-only match', async () => {
      expect(await search('  ?! ')).toEqual([]);
      const hits = await search('professor');
      const easley = hits.find((h) => h.entity.id === 'leif-eric-easley');
      expect(easley?.matched).toBeNull();
    });
  });

  describe('entities', () => {
    const page = `query($first: Int, $after: String, $types: [String!]) {
      entities(first: $first, after: $after, types: $types) {
        totalCount
        edges { cursor node { id type } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    type Page = {
      entities: {
        totalCount: number;
        edges: { cursor: string; node: { id: string; type: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
      };
    };

    it('pages through every entity with cursors, in id order, without repeats', async () => {
      const ids: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const { entities }: Page = await ok<Page>(page, { first: 10, after });
        expect(entities.totalCount).toBe(entityCount);
        expect(entities.pageInfo.hasPreviousPage).toBe(after !== null);
        ids.push(...entities.edges.map((e) => e.node.id));
        pages += 1;
        if (!entities.pageInfo.hasNextPage) break;
        after = entities.pageInfo.endCursor;
      }
      expect(pages).toBe(Math.ceil(entityCount / 10));
      expect(ids).toEqual([...(seed.entities ?? []).map((e) => e.id)].sort());
    });

    it('filters by type; totalCount counts the filter', async () => {
      const { entities } = await ok<Page>(page, { first: 2, types: ['Person'] });
      expect(entities.totalCount).toBe((seed.entities ?? []).filter((e) => e.type === 'Person').length);
      expect(entities.edges.every((e) => e.node.type === 'Person')).toBe(true);
      expect(entities.pageInfo.hasNextPage).toBe(true);
    });
  });

  it('lists sources with entity and relation counts', async () => {
    const data = await ok<{ sources: unknown[] }>('{ sources { id title url publisher publishedAt language entityCount relationCount } }');
    expect(data.sources).toEqual([
      {
        id: ARTICLE_SOURCE,
        title: 'Putin Kunjungi Pyongyang untuk Temui Kim Jong Un',
        url: 'https://konteks.co.id/',
        publisher: 'Konteks.co.id',
        publishedAt: '2024-06-18',
        language: 'id',
        entityCount,
        relationCount,
      },
    ]);
  });

  it('gives an explicit null count the SDL default, like an absent one', async () => {
    type Ids = { neighborhood: { nodes: { id: string }[] } };
    const ids = (data: Ids) => data.neighborhood.nodes.map((node) => node.id).sort();
    const id = seed.relations?.[0]?.from ?? '';
    const absent = ids(await ok<Ids>(`{ neighborhood(id: "${id}") { nodes { id } } }`));
    const nulls = ids(await ok<Ids>(`{ neighborhood(id: "${id}", depth: null, limit: null) { nodes { id } } }`));
    const deeper = ids(await ok<Ids>(`{ neighborhood(id: "${id}", depth: 3) { nodes { id } } }`));
    expect(nulls).toEqual(absent);
    // The default depth is not the deepest, so the comparison above could tell them apart.
    expect(deeper.length).toBeGreaterThan(absent.length);
  });

  it('counts everything in stats', async () => {
    type Count = { key: string; count: number };
    const { stats } = await ok<{ stats: { byType: Count[]; byRelationType: Count[] } }>(
      '{ stats { entityCount relationCount sourceCount byType { key count } byRelationType { key count } } }',
    );
    expect(stats).toMatchObject({ entityCount, relationCount, sourceCount: 1 });
    expect(stats.byType).toContainEqual({ key: 'Person', count: (seed.entities ?? []).filter((e) => e.type === 'Person').length });
    expect(stats.byRelationType).toContainEqual({ key: 'LEADS', count: (seed.relations ?? []).filter((r) => r.type === 'LEADS').length });
    expect(stats.byType.reduce((sum, c) => sum + c.count, 0)).toBe(entityCount);
  });

  describe('GraphiQL', () => {
    it('is served at /graphql with the example operations', async () => {
      const response = await t.app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('Jejaring GraphQL');
      expect(html).toContain('query Easley');
    });

    it('runs every example operation without errors on the article graph', async () => {
      const operations = parse(GRAPHIQL_DEFAULT_QUERY).definitions as OperationDefinitionNode[];
      expect(operations.length).toBeGreaterThanOrEqual(6);
      for (const operation of operations) {
        const response = await t.app.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
          body: JSON.stringify({ query: GRAPHIQL_DEFAULT_QUERY, operationName: operation.name?.value }),
        });
        const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
        expect({ operation: operation.name?.value, errors: body.errors }).toEqual({ operation: operation.name?.value, errors: undefined });
        // Each example finds something: no null or empty top-level answer.
        for (const value of Object.values(body.data ?? {})) expect(value).toBeTruthy();
      }
    });
  });
});
