// The server's stored layout (server/layout/compute-layout.ts): fcose with the client's options and
// a seed from the graph, so the same graph gives the same positions whatever order it was read in,
// and a version that changes with the graph (and only then).
import { describe, expect, it } from 'vitest';
import { computeLayout, type LayoutGraph } from '../../server/layout/compute-layout';

const ring = (count: number): LayoutGraph => ({
  nodes: Array.from({ length: count }, (_, i) => ({ id: `n${i}`, degree: 2 })),
  edges: Array.from({ length: count }, (_, i) => [`n${i}`, `n${(i + 1) % count}`] as [string, string]),
  storedVersion: null,
});

describe('computeLayout', () => {
  it('gives every node a distinct, finite position', () => {
    const result = computeLayout(ring(30));
    expect(result.unchanged).toBe(false);
    expect(result.positions).toHaveLength(30);
    expect(result.positions.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(result.positions.map((p) => `${p.x},${p.y}`)).size).toBe(30);
  });

  it('gives the same graph the same positions, in whatever order it was read', () => {
    const graph = ring(30);
    const shuffled: LayoutGraph = { ...graph, nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
    const byId = (result: ReturnType<typeof computeLayout>) => Object.fromEntries(result.positions.map((p) => [p.id, [p.x, p.y]]));
    const a = computeLayout(graph);
    const b = computeLayout(shuffled);
    expect(b.version).toBe(a.version);
    expect(byId(b)).toEqual(byId(a));
  });

  it('computes nothing when the stored layout has the same version, and changes version with the graph', () => {
    const graph = ring(12);
    const first = computeLayout(graph);
    expect(computeLayout({ ...graph, storedVersion: first.version })).toMatchObject({ unchanged: true, positions: [] });
    const grown: LayoutGraph = { ...graph, nodes: [...graph.nodes, { id: 'extra', degree: 1 }], edges: [...graph.edges, ['extra', 'n0']] };
    expect(computeLayout({ ...grown, storedVersion: first.version }).version).not.toBe(first.version);
  });

  it('ignores relations to entities outside the laid-out set (beyond the cap)', () => {
    const graph = ring(10);
    const result = computeLayout({ ...graph, edges: [...graph.edges, ['n0', 'elsewhere']] });
    expect(result.positions.map((p) => p.id)).not.toContain('elsewhere');
    expect(result.version).toBe(computeLayout(graph).version);
  });
});
