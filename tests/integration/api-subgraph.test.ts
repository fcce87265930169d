// neighborhood, graph and shortestPath on the article graph, and the number of Cypher round trips
// they cost at two very different result sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Query } from '../../server/db/executor';
import { ARTICLE_SOURCE, createArticleTestApp, generatedSeed, loadSeed, readArticleSeed } from '../helpers/load-seed';
import { type TestApp } from '../helpers/test-app';

interface Node {
  id: string;
  type: string;
  degree: number;
}
interface Edge {
  id: string;
  type: string;
  from: { id: string };
  to: { id: string };
  evidence: { quote: string | null; source: { id: string; title: string } }[];
}
interface Subgraph {
  nodes: Node[];
  edges: Edge[];
  truncated: boolean;
}

const SUBGRAPH = `nodes { id type degree } edges { id type from { id } to { id } evidence { quote source { id title } } } truncated`;
const seed = readArticleSeed();

/** Every edge joins two returned nodes, and no node is returned twice. */
function expectWellFormed(graph: Subgraph) {
  const ids = graph.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const edge of graph.edges) {
    expect(ids).toContain(edge.from.id);
    expect(ids).toContain(edge.to.id);
  }
  expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
}

describe('subgraph queries', () => {
  let t: TestApp;
  const statements: Query[] = [];
  beforeAll(async () => {
    t = await createArticleTestApp({ onQuery: (query) => statements.push(query) });
  });
  afterAll(() => t.close());

  async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await t.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  const neighborhood = async (args: string) =>
    (await ok<{ neighborhood: Subgraph }>(`{ neighborhood(${args}) { ${SUBGRAPH} } }`)).neighborhood;
  const graph = async (args: string) => (await ok<{ graph: Subgraph }>(`{ graph${args ? `(${args})` : ''} { ${SUBGRAPH} } }`)).graph;

  describe('neighborhood', () => {
    it("is Easley and the entities one relation away, with the relations' evidence", async () => {
      const result = await neighborhood('id: "leif-eric-easley"');
      expectWellFormed(result);
      expect(result.nodes.map((n) => n.id).sort()).toEqual([
        'abc-news',
        'ewha-womans-university',
        'leif-eric-easley',
        'putin-visit-to-north-korea-2024',
        'russian-military-technology-transfer-to-north-korea',
      ]);
      expect(result.truncated).toBe(false);
      const affiliation = result.edges.find((e) => e.type === 'AFFILIATED_WITH');
      expect(affiliation?.to.id).toBe('ewha-womans-university');
      expect(affiliation?.evidence[0]?.source).toEqual({ id: ARTICLE_SOURCE, title: 'Putin Kunjungi Pyongyang untuk Temui Kim Jong Un' });
    });

    it('grows with depth, includes all relations among the nodes, and clamps depth to 3', async () => {
      const one = await neighborhood('id: "vladimir-putin", depth: 1');
      const two = await neighborhood('id: "vladimir-putin", depth: 2');
      const three = await neighborhood('id: "vladimir-putin", depth: 3');
      const clamped = await neighborhood('id: "vladimir-putin", depth: 50');
      for (const result of [one, two, three]) expectWellFormed(result);
      expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
      expect(three.nodes.length).toBeGreaterThanOrEqual(two.nodes.length);
      expect(clamped.nodes.map((n) => n.id).sort()).toEqual(three.nodes.map((n) => n.id).sort());
      // Relations between two depth-1 neighbours are there too, not only those from Putin.
      const ids = new Set(one.nodes.map((n) => n.id));
      const expected = (seed.relations ?? []).filter((r) => ids.has(r.from) && ids.has(r.to)).length;
      expect(one.edges).toHaveLength(expected);
    });

    it('stops at the limit and says so', async () => {
      const result = await neighborhood('id: "vladimir-putin", depth: 2, limit: 5');
      expectWellFormed(result);
      expect(result.nodes).toHaveLength(5);
      expect(result.nodes[0]?.id).toBe('vladimir-putin');
      expect(result.truncated).toBe(true);
    });

    it('walks only the given entity and relation types', async () => {
      const people = await neighborhood('id: "vladimir-putin", depth: 3, types: ["Person", "Country"]');
      expectWellFormed(people);
      expect(people.nodes.every((n) => ['Person', 'Country'].includes(n.type))).toBe(true);
      const leads = await neighborhood('id: "vladimir-putin", depth: 2, relationTypes: ["LEADS"]');
      expect(leads.edges.length).toBeGreaterThan(0);
      expect(leads.edges.every((e) => e.type === 'LEADS')).toBe(true);
      expect(leads.nodes.map((n) => n.id).sort()).toEqual(['russia', 'vladimir-putin']);
    });
  });

  describe('graph', () => {
    it('returns the whole article graph', async () => {
      const result = await graph('');
      expectWellFormed(result);
      expect(result.nodes).toHaveLength(seed.entities?.length ?? 0);
      expect(result.edges).toHaveLength(seed.relations?.length ?? 0);
      expect(result.truncated).toBe(false);
      expect(result.edges.every((e) => e.evidence.length > 0)).toBe(true);
    });

    it('filters by entity types', async () => {
      const result = await graph('types: ["Country"]');
      expectWellFormed(result);
      expect(result.nodes.map((n) => n.id).sort()).toEqual(['north-korea', 'russia', 'ukraine']);
      expect(result.edges.length).toBeGreaterThan(0);
    });

    it('filters by relation types: only those relations, and only entities that have one', async () => {
      const result = await graph('relationTypes: ["LEADS", "AFFILIATED_WITH"]');
      expectWellFormed(result);
      const expected = (seed.relations ?? []).filter((r) => ['LEADS', 'AFFILIATED_WITH'].includes(r.type));
      expect(result.edges).toHaveLength(expected.length);
      expect(result.nodes.map((n) => n.id).sort()).toEqual([...new Set(expected.flatMap((r) => [r.from, r.to]))].sort());
    });

    it('filters by sources', async () => {
      expect((await graph(`sources: ["${ARTICLE_SOURCE}"]`)).nodes).toHaveLength(seed.entities?.length ?? 0);
      expect(await graph('sources: ["no-such-source"]')).toEqual({ nodes: [], edges: [], truncated: false });
    });

    it('keeps the most connected entities under a limit, and says it cut', async () => {
      const result = await graph('limit: 3');
      expectWellFormed(result);
      expect(result.nodes).toHaveLength(3);
      expect(result.truncated).toBe(true);
      const all = await graph('');
      const third = [...all.nodes].sort((a, b) => b.degree - a.degree)[2]!.degree;
      expect(result.nodes.every((n) => n.degree >= third)).toBe(true);
    });
  });

  describe('shortestPath', () => {
    const path = async (args: string) =>
      (await ok<{ shortestPath: Subgraph | null }>(`{ shortestPath(${args}) { ${SUBGRAPH} } }`)).shortestPath;

    it('connects Leif-Eric Easley to Sang-Jung Byun: through ABC News or the visit, or via their institutes in Seoul', async () => {
      const shortest = await path('from: "leif-eric-easley", to: "sang-jung-byun"');
      expectWellFormed(shortest!);
      // Two paths of length 2 exist (both spoke to ABC News, both commented on the visit); either is shortest.
      expect(shortest!.edges).toHaveLength(2);
      expect([shortest!.nodes[0]?.id, shortest!.nodes[2]?.id]).toEqual(['leif-eric-easley', 'sang-jung-byun']);
      expect(['abc-news', 'putin-visit-to-north-korea-2024']).toContain(shortest!.nodes[1]?.id);
      const viaAbc = await path('from: "leif-eric-easley", to: "sang-jung-byun", relationTypes: ["SPOKE_TO"]');
      expect(viaAbc!.nodes.map((n) => n.id)).toEqual(['leif-eric-easley', 'abc-news', 'sang-jung-byun']);
      const institutional = await path('from: "leif-eric-easley", to: "sang-jung-byun", relationTypes: ["AFFILIATED_WITH", "LOCATED_IN"]');
      expect(institutional!.nodes.map((n) => n.id)).toEqual([
        'leif-eric-easley',
        'ewha-womans-university',
        'seoul',
        'institute-for-national-security-strategy',
        'sang-jung-byun',
      ]);
      expect(institutional!.edges.map((e) => e.type)).toEqual(['AFFILIATED_WITH', 'LOCATED_IN', 'LOCATED_IN', 'AFFILIATED_WITH']);
    });

    it('connects Leif-Eric Easley to Kim Jong Un through what Easley commented on, never through the article node', async () => {
      const shortest = await path('from: "leif-eric-easley", to: "kim-jong-un"');
      expectWellFormed(shortest!);
      expect(shortest!.nodes[0]?.id).toBe('leif-eric-easley');
      expect(shortest!.nodes.at(-1)?.id).toBe('kim-jong-un');
      expect(shortest!.nodes.map((n) => n.id)).toContain('putin-visit-to-north-korea-2024');
      // Through MENTIONS the path would be 2 long and pass a Source node: shortestPath uses Entity nodes only.
      expect(shortest!.edges.length).toBeGreaterThan(2);
      expect(shortest!.edges.every((e) => e.type !== 'MENTIONS')).toBe(true);
      expect(await path('from: "leif-eric-easley", to: "kim-jong-un", relationTypes: ["AFFILIATED_WITH", "SPOKE_TO"]')).toBeNull();
    });

    it('connects Putin to the United Nations, and honours relation types and maxLength', async () => {
      const full = await path('from: "vladimir-putin", to: "united-nations"');
      expect(full!.edges.length).toBeGreaterThan(1);
      expect(await path(`from: "vladimir-putin", to: "united-nations", maxLength: ${full!.edges.length - 1}`)).toBeNull();
      expect(await path('from: "vladimir-putin", to: "united-nations", relationTypes: ["LEADS"]')).toBeNull();
      const leads = await path('from: "vladimir-putin", to: "russia", relationTypes: ["LEADS"]');
      expect(leads?.edges.map((e) => e.id)).toEqual(['vladimir-putin|LEADS|russia']);
    });

    it('is the entity alone from an entity to itself', async () => {
      const result = await path('from: "russia", to: "russia"');
      expect(result).toMatchObject({ nodes: [{ id: 'russia' }], edges: [], truncated: false });
    });
  });

  describe('round trips', () => {
    // What the explorer asks for: nested ends, evidence sources and entity sources come with the main statement.
    const EXPLORER = `nodes { id name degree sources { id title } } edges { id from { id name } to { id } evidence { quote source { id title } } }`;
    // Source counts are per-source aggregates: one batched statement more, whatever the number of sources.
    const WITH_COUNTS = `nodes { id sources { id entityCount } } edges { id evidence { source { id relationCount } } }`;
    async function countStatements(query: string): Promise<{ statements: number; nodes: number }> {
      statements.length = 0;
      const body = await t.graphql<Record<string, Subgraph>>(query);
      expect(body.errors).toBeUndefined();
      const result = Object.values(body.data ?? {})[0]!;
      return { statements: statements.length, nodes: result.nodes.length };
    }

    it('are few and independent of the result size for neighborhood and graph', async () => {
      await loadSeed(t.executor, generatedSeed(300));
      for (const [selection, expected] of [
        [EXPLORER, 1],
        [WITH_COUNTS, 2],
      ] as const) {
        const small = await countStatements(`{ neighborhood(id: "gen-0", depth: 1, limit: 5) { ${selection} } }`);
        const large = await countStatements(`{ neighborhood(id: "gen-0", depth: 3, limit: 200) { ${selection} } }`);
        const smallGraph = await countStatements(`{ graph(sources: ["${ARTICLE_SOURCE}"], limit: 5) { ${selection} } }`);
        const largeGraph = await countStatements(`{ graph(limit: 335) { ${selection} } }`);
        expect(small.nodes).toBeLessThanOrEqual(5);
        expect(large.nodes).toBeGreaterThanOrEqual(100);
        expect(largeGraph.nodes).toBe(335);
        for (const count of [small, large, smallGraph, largeGraph]) expect(count.statements).toBe(expected);
      }
    });

    it('batch per-entity fields: one statement per field for a whole list', async () => {
      statements.length = 0;
      const body = await t.graphql<{ search: unknown[] }>(
        '{ search(query: "Synthetic", limit: 50) { entity { id degree relations(limit: 3) { to { id } } more: relations(direction: OUT) { id } } } }',
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.search).toHaveLength(50);
      // search, then one batch per distinct Entity.relations argument set.
      expect(statements).toHaveLength(3);
    });
  });
});
