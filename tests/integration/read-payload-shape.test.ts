// Issue 12, graph(limit) and search: what the read statements send back is what the API answers
// with, not the stored helpers beside it (the driver decodes every byte), and the GraphQL answer
// is unchanged by it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/db/executor';
import type { Plain, PlainMap } from '../../server/domain/values';
import { EDGE_CAPS } from '../../server/graphql/limits';
import { graphQuery } from '../../server/queries/read/graph';
import { buildLuceneQuery } from '../../server/queries/read/lucene';
import { neighborhoodQuery } from '../../server/queries/read/neighborhood';
import { searchQuery } from '../../server/queries/read/search';
import { joinSubgraphRows, toCompactRelation } from '../../server/queries/read/compact-payloads';
import { toRelation } from '../../server/queries/read/payloads';
import { shortestPathQuery } from '../../server/queries/read/shortest-path';
import { createArticleTestApp } from '../helpers/load-seed';
import type { TestApp } from '../helpers/test-app';

type Payload = PlainMap & { props: PlainMap };
const listOf = (row: Row | undefined, key: string) => (Array.isArray(row?.[key]) ? (row[key] as Payload[]) : []);

/** Keys of the payloads' props that carry a value (a helper named null carries none). */
const keysWithValues = (payloads: Payload[]) =>
  new Set(
    payloads.flatMap((p) =>
      Object.entries(p.props)
        .filter(([, value]) => value !== null)
        .map(([key]) => key),
    ),
  );

describe('read payloads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createArticleTestApp();
  });
  afterAll(() => t.close());

  // The overview's rows are compact lists (compact-payloads.ts), checked on their own below.
  const overview = () => graphQuery({ types: null, relationTypes: null, sources: null, limit: 5000, edgeLimit: EDGE_CAPS.graph });
  const compact = (row: Row | undefined, key: string) => (Array.isArray(row?.[key]) ? (row[key] as Plain[][]) : []);
  const subgraphs = () => ({
    neighborhood: neighborhoodQuery({ id: 'vladimir-putin', depth: 2, types: null, relationTypes: null, limit: 200, edgeLimit: 100 }),
    shortestPath: shortestPathQuery({ from: 'leif-eric-easley', to: 'kim-jong-un', maxLength: 4, relationTypes: null }),
  });

  it('carry no entity search helpers (_norm, _aliasText) and no relation `sources` (a copy of evidenceSources)', async () => {
    for (const [name, query] of Object.entries(subgraphs())) {
      const [row] = await t.executor.read(query);
      const nodes = listOf(row, 'nodes');
      const edges = listOf(row, 'edges');
      expect(nodes.length, name).toBeGreaterThan(1);
      expect(edges.length, name).toBeGreaterThan(0);
      const nodeKeys = keysWithValues(nodes);
      expect(nodeKeys, name).toContain('name');
      expect(nodeKeys, name).not.toContain('_norm');
      expect(nodeKeys, name).not.toContain('_aliasText');
      const edgeKeys = keysWithValues(edges);
      expect(edgeKeys, name).toContain('evidenceSources');
      expect(edgeKeys, name).not.toContain('sources');
    }
    const row = joinSubgraphRows(await t.executor.read(overview()));
    const pairs = [...compact(row, 'nodes').map((node) => node[5]), ...compact(row, 'edges').map((edge) => edge[4])];
    expect(pairs.flat().length).toBeGreaterThan(0);
    const keys = new Set((pairs as Plain[][][]).flatMap((list) => list.map(([key]) => key)));
    for (const hidden of ['_norm', '_aliasText', 'sources', 'evidenceSources', 'evidenceQuotes', 'name'])
      expect(keys).not.toContain(hidden);
    expect(JSON.stringify(row)).not.toMatch(/_norm|_aliasText/);
    const lucene = buildLuceneQuery('korea') ?? '';
    const hits = await t.executor.read(searchQuery({ lucene, types: null, candidates: 30 }));
    expect(hits.length).toBeGreaterThan(0);
    const hitKeys = keysWithValues(hits.map((row) => row.entity as Payload));
    expect(hitKeys).toContain('aliases');
    expect(hitKeys).not.toContain('_norm');
    expect(hitKeys).not.toContain('_aliasText');
  });

  it('leave out a relation id that its ends and type give (`<from>|<TYPE>|<to>`), and keep one that they do not', async () => {
    const row = joinSubgraphRows(await t.executor.read(overview()));
    const edges = compact(row, 'edges');
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(edge[3]).toBeNull();
    // A stored id that is not derived (no writer stores one today) still reaches the answer.
    const edge = { cypher: "MATCH (:Entity {id: 'vladimir-putin'})-[r]->(b:Entity) WITH r ORDER BY type(r), b.id LIMIT 1", params: {} };
    const [changed] = await t.executor.write({ cypher: `${edge.cypher} SET r.id = r.id + '~' RETURN r.id AS id`, params: {} });
    try {
      const after = joinSubgraphRows(await t.executor.read(overview()));
      const kept = compact(after, 'edges').filter((e) => e[3] !== null);
      expect(kept.map((e) => toCompactRelation(e).id)).toEqual([changed?.id]);
      const [neighbours] = await t.executor.read(subgraphs().neighborhood);
      const keptThere = listOf(neighbours, 'edges').filter((e) => e.props.id !== null);
      expect(keptThere.map((e) => toRelation(e).id)).toEqual([changed?.id]);
    } finally {
      await t.executor.write({ cypher: `${edge.cypher} SET r.id = left(r.id, size(r.id) - 1)`, params: {} });
    }
  });

  it('still name every source that an entity or an evidence item refers to', async () => {
    const row = joinSubgraphRows(await t.executor.read(overview()));
    const listed = new Set((Array.isArray(row?.sources) ? (row.sources as { id: string }[]) : []).map((s) => s.id));
    const referred = [...compact(row, 'nodes').flatMap((node) => node[7]), ...compact(row, 'edges').flatMap((edge) => edge[5])];
    expect(referred.length).toBeGreaterThan(0);
    for (const id of referred) expect(listed).toContain(id);
    for (const [name, query] of Object.entries(subgraphs())) {
      const [row] = await t.executor.read(query);
      const listed = new Set((Array.isArray(row?.sources) ? (row.sources as { id: string }[]) : []).map((s) => s.id));
      const nodes = listOf(row, 'nodes') as unknown as { sources: string[] }[];
      const referred = [
        ...nodes.flatMap((node) => node.sources),
        ...listOf(row, 'edges').flatMap((edge) => edge.props.evidenceSources as string[]),
      ];
      expect(referred.length, name).toBeGreaterThan(0);
      for (const id of referred) expect(listed, name).toContain(id);
    }
  });

  it('answer the API as before: user properties, degree, sources and evidence of a large overview', async () => {
    const body = await t.graphql<{
      graph: {
        nodes: { id: string; properties: Record<string, unknown> | null; degree: number; sources: { id: string }[] }[];
        edges: { id: string; type: string; from: { id: string }; to: { id: string }; evidence: { source: { id: string } }[] }[];
      };
    }>(
      '{ graph(limit: 5000) { nodes { id properties degree sources { id } } edges { id type from { id } to { id } evidence { source { id } } } } }',
    );
    expect(body.errors).toBeUndefined();
    const { nodes, edges } = body.data?.graph ?? { nodes: [], edges: [] };
    // Each degree is the number of relations the answer holds for it (the whole graph fits the limit).
    const counted = new Map<string, number>();
    for (const edge of edges) {
      for (const end of [edge.from.id, edge.to.id]) counted.set(end, (counted.get(end) ?? 0) + 1);
      expect(edge.id).toBe(`${edge.from.id}|${edge.type}|${edge.to.id}`);
      expect(edge.evidence.length).toBeGreaterThan(0);
    }
    for (const node of nodes) {
      expect(node.degree, node.id).toBe(counted.get(node.id) ?? 0);
      expect(node.sources.length, node.id).toBeGreaterThan(0);
      for (const key of Object.keys(node.properties ?? {})) expect(key.startsWith('_'), key).toBe(false);
    }
    expect(nodes.some((node) => Object.keys(node.properties ?? {}).length > 0)).toBe(true);
  });
});
