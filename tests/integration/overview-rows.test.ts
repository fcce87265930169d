// Issue 12 (S3-H1): the overview's ONE statement answers in several rows (chunks of entities, then
// of relations, then the truncation flag and the sources), so that the driver decodes while Neo4j
// still builds the rest. Joined, the rows are the answer: every picked entity in degree order, every
// relation among them once, the same caps and `truncated`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Query } from '../../server/db/executor';
import { ensureSchema } from '../../server/db/schema-setup';
import { joinSubgraphRows } from '../../server/queries/read/compact-payloads';
import { GRAPH_ROW_CHUNK, graphQuery } from '../../server/queries/read/graph';
import { ringSeed } from '../fixtures/generate-seed';
import { loadSeed } from '../helpers/load-seed';
import { createTestApp, resetDatabase, type TestApp } from '../helpers/test-app';

const ENTITIES = 2 * GRAPH_ROW_CHUNK + 100;

describe('graph: the answer in rows', () => {
  let t: TestApp;
  let captured: Query[] = [];
  beforeAll(async () => {
    t = await createTestApp({ onQuery: (query) => captured.push(query) });
    await resetDatabase(t.executor);
    await ensureSchema(t.executor);
    await loadSeed(t.executor, ringSeed(ENTITIES));
  });
  afterAll(() => t.close());

  const count = async (cypher: string) => Number((await t.driver.executeQuery(cypher)).records[0]?.get('n'));

  it('sends entities and relations a chunk per row, then a last row with `truncated` and the sources', async () => {
    captured = [];
    const body = await t.graphql<{ graph: { nodes: { id: string; degree: number }[]; edges: unknown[]; truncated: boolean } }>(
      '{ graph(limit: 5000) { nodes { id degree sources { id title } } edges { id evidence { quote source { id title } } } truncated } }',
    );
    expect(body.errors).toBeUndefined();
    expect(captured).toHaveLength(1); // one Cypher statement per request
    const rows = await t.executor.read(captured[0]!);
    const sizes = rows.map((row) => [(row.nodes as unknown[]).length, (row.edges as unknown[]).length]);
    const relations = await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n');
    // Entities: 1000, 1000, 100; then the relations by 1000; then the last row.
    expect(sizes.slice(0, 3)).toEqual([
      [GRAPH_ROW_CHUNK, 0],
      [GRAPH_ROW_CHUNK, 0],
      [ENTITIES - 2 * GRAPH_ROW_CHUNK, 0],
    ]);
    expect(sizes.slice(3, -1)).toHaveLength(Math.ceil(relations / GRAPH_ROW_CHUNK));
    expect(sizes.slice(3, -1).every(([nodes, edges]) => nodes === 0 && edges! > 0 && edges! <= GRAPH_ROW_CHUNK)).toBe(true);
    expect(sizes.at(-1)).toEqual([0, 0]);
    expect(rows.at(-1)?.truncated).toBe(false);
    expect((rows.at(-1)?.sources as unknown[]).length).toBe(1);
    expect(rows.slice(0, -1).every((row) => row.truncated === null && (row.sources as unknown[]).length === 0)).toBe(true);

    // Joined: the whole graph, each relation once, entities in degree order (ties by id).
    const graph = body.data!.graph;
    expect(joinSubgraphRows(rows).nodes).toHaveLength(ENTITIES);
    expect(graph.nodes).toHaveLength(ENTITIES);
    expect(graph.edges).toHaveLength(relations);
    expect(graph.truncated).toBe(false);
    const order = [...graph.nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(graph.nodes.map((n) => n.id)).toEqual(order.map((n) => n.id));
    expect(new Set(graph.edges.map((e) => (e as { id: string }).id)).size).toBe(relations);
  });

  it('keeps the entity and relation caps across rows, and says it cut', async () => {
    const rows = await t.executor.read(graphQuery({ types: null, relationTypes: null, sources: null, limit: 1500, edgeLimit: 1200 }));
    const joined = joinSubgraphRows(rows);
    expect(joined.nodes).toHaveLength(1500);
    expect(joined.edges).toHaveLength(1200);
    expect(joined.truncated).toBe(true);
    expect(rows.map((row) => (row.edges as unknown[]).length).filter((n) => n > 0)).toEqual([GRAPH_ROW_CHUNK, 200]);
  });

  it('answers an empty selection of entities with one row', async () => {
    const rows = await t.executor.read(graphQuery({ types: ['Nothing'], relationTypes: null, sources: null, limit: 10, edgeLimit: 10 }));
    expect(rows).toEqual([{ nodes: [], edges: [], truncated: false, sources: [] }]);
  });
});
