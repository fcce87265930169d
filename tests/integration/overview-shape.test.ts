// Issue 12 (S2-H1): `graph` projects only what the selection asks for. The statement of a lean
// selection sends no evidence, quotes, properties or sources, and every selection answers exactly
// what the full one answers for the same fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Query } from '../../server/db/executor';
import { joinSubgraphRows } from '../../server/queries/read/compact-payloads';
import { createArticleTestApp } from '../helpers/load-seed';
import type { TestApp } from '../helpers/test-app';

const SOURCE = 'id title url publisher publishedAt language';
const NODE = `id type name aliases description properties degree sources { ${SOURCE} } position { x y } layout { x y }`;
const EDGE = `id type properties from { ${NODE} } to { ${NODE} } evidence { quote source { ${SOURCE} } }`;
const FULL = `nodes { ${NODE} } edges { ${EDGE} } truncated`;

/** `value` cut down to the fields `like` has (lists element-wise): the full answer, seen through a lean selection. */
function restrict(value: unknown, like: unknown): unknown {
  if (Array.isArray(value) && Array.isArray(like)) return value.map((item, i) => restrict(item, like[i] ?? like[0]));
  if (value && like && typeof value === 'object' && typeof like === 'object' && !Array.isArray(value)) {
    const source = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(like).map((key) => [key, restrict(source[key], (like as Record<string, unknown>)[key])]));
  }
  return value;
}

describe('graph: the statement projects the selection', () => {
  let t: TestApp;
  let captured: Query[] = [];
  beforeAll(async () => {
    t = await createArticleTestApp({ onQuery: (query) => captured.push(query) });
    // A stored layout position for one entity, as the layout job writes it.
    await t.executor.write({ cypher: "MATCH (n:Entity {id: 'kim-jong-un'}) SET n._lx = 1.5, n._ly = -2.0", params: {} });
  });
  afterAll(() => t.close());

  async function answer(selection: string, args = 'limit: 100') {
    captured = [];
    const body = await t.graphql<{ graph: Record<string, unknown> }>(`{ graph(${args}) { ${selection} } }`);
    expect(body.errors).toBeUndefined();
    expect(captured).toHaveLength(1); // one Cypher statement per request
    return { graph: body.data?.graph, query: captured[0] as Query };
  }

  it('sends no evidence, quotes, properties, aliases, descriptions, positions or sources for ids only', async () => {
    const { query } = await answer('nodes { id } edges { from { id } to { id } } truncated');
    const row = joinSubgraphRows(await t.executor.read(query)); // its rows (graph.ts), as one
    const nodes = row?.nodes as unknown[][];
    const edges = row?.edges as unknown[][];
    expect(nodes.length).toBeGreaterThan(10);
    expect(edges.length).toBeGreaterThan(10);
    const text = JSON.stringify(row);
    const [stored] = await t.executor.read({
      cypher:
        'MATCH ()-[r]->() WHERE r.evidenceQuotes[0] <> "" MATCH (n:Entity) WHERE n.description IS NOT NULL RETURN r.evidenceQuotes[0] AS quote, n.description AS description LIMIT 1',
      params: {},
    });
    expect(String(stored?.quote)).not.toBe('');
    expect(text).not.toContain(String(stored?.quote));
    expect(text).not.toContain(String(stored?.description));
    expect(row?.sources).toEqual([]);
    for (const node of nodes) expect(node.slice(3, 6).concat(node.slice(7))).toEqual([null, null, null, null]);
    for (const edge of edges) expect(edge.slice(4)).toEqual([null, null, null]);
  });

  it('sends evidence source ids without quotes and without Source rows when only `source { id }` is asked', async () => {
    const { query } = await answer('edges { id evidence { source { id } } }');
    const row = joinSubgraphRows(await t.executor.read(query)); // its rows (graph.ts), as one
    const edges = row?.edges as unknown[][];
    expect(edges.every((edge) => Array.isArray(edge[5]) && (edge[5] as unknown[]).length > 0)).toBe(true);
    expect(edges.every((edge) => edge[6] === null)).toBe(true);
    expect(row?.sources).toEqual([]);
  });

  it.each([
    ['ids only', 'nodes { id } edges { id from { id } to { id } } truncated'],
    [
      'the explorer overview',
      'nodes { id type name aliases description properties degree sources { id } position { x y } layout { x y } } edges { id type from { id } to { id } properties evidence { quote source { id } } } truncated',
    ],
    ['ends with descriptions', 'edges { from { id description } to { id aliases properties } }'],
    ['evidence sources with titles', 'edges { evidence { source { id title publishedAt } } }'],
    ['entity sources in order', 'nodes { id sources { id } }'],
    [
      'aliased and in fragments',
      'nodes { ...N } e: edges { q: evidence { text: quote } } fragment N on Entity { key: id place: layout { x y } }',
    ],
  ])('answers %s as the full selection does for those fields', async (_name, selection) => {
    const { graph: full } = await answer(FULL);
    const [lean, fragments] = selection.split(' fragment ');
    const body = await t.graphql<{ graph: Record<string, unknown> }>(
      `{ graph(limit: 100) { ${lean} } }${fragments ? ` fragment ${fragments}` : ''}`,
    );
    expect(body.errors).toBeUndefined();
    const leanGraph = body.data?.graph;
    expect(leanGraph).toBeDefined();
    if (selection.includes('...N')) {
      // Aliases: compare against the full answer renamed.
      const g = leanGraph as { nodes: { key: string; place: unknown }[]; e: { q: { text: string | null }[] }[] };
      const f = full as { nodes: { id: string; layout: unknown }[]; edges: { evidence: { quote: string | null }[] }[] };
      expect(g.nodes).toEqual(f.nodes.map((n) => ({ key: n.id, place: n.layout })));
      expect(g.e).toEqual(f.edges.map((e) => ({ q: e.evidence.map((ev) => ({ text: ev.quote })) })));
      expect(g.nodes.some((n) => n.place !== null)).toBe(true);
      return;
    }
    expect(leanGraph).toEqual(restrict(full, leanGraph));
  });

  it('keeps the caps and `truncated` for a lean selection', async () => {
    const { graph } = await answer('nodes { id } truncated', 'limit: 3');
    expect(graph).toMatchObject({ truncated: true });
    expect((graph as { nodes: unknown[] }).nodes).toHaveLength(3);
  });
});
