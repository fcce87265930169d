// Small graphs for the client state tests (plain data, no DOM).
import { emptyGraphData, withNeighbourhood, withOverview } from '../../client/src/core/graph-data';
import type { GraphData, GraphEdge, GraphNode } from '../../client/src/core/types';

export const node = (id: string, type = 'Person', extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  type,
  name: id.toUpperCase(),
  aliases: [],
  properties: {},
  degree: 1,
  sources: ['s1'],
  ...extra,
});

export const edge = (source: string, type: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge => ({
  id: `${source}|${type}|${target}`,
  type,
  source,
  target,
  properties: {},
  evidence: [{ source: { id: 's1', title: 'Source one' }, quote: `${source} ${type} ${target}` }],
  ...extra,
});

/**
 * a —KNOWS→ b —KNOWS→ c —LEADS→ d (a chain; d is an Organization), plus hub h with leaves l1..l5
 * known only through its neighbourhood. The overview is a, b, c, d, h.
 */
export function chainData(): GraphData {
  const nodes = [node('a'), node('b'), node('c'), node('d', 'Organization'), node('h', 'Organization', { sources: ['s2'] })];
  const edges = [edge('a', 'KNOWS', 'b'), edge('b', 'KNOWS', 'c'), edge('c', 'LEADS', 'd')];
  let data = withOverview(emptyGraphData(), { nodes, edges, truncated: false });
  const leaves = [1, 2, 3, 4, 5].map((i) => node(`l${i}`, 'Person', { sources: ['s2'] }));
  const leafEdges = leaves.map((l) =>
    edge(l.id, 'MEMBER_OF', 'h', { evidence: [{ source: { id: 's2', title: 'Source two' }, quote: 'member' }] }),
  );
  data = withNeighbourhood(data, 'h', {
    nodes: [nodes[4] as GraphNode, ...leaves.slice(0, 3)],
    edges: leafEdges.slice(0, 3),
    truncated: true,
  });
  // A later "show more" fetched all five.
  data = withNeighbourhood(data, 'h', { nodes: [nodes[4] as GraphNode, ...leaves], edges: leafEdges, truncated: false });
  return data;
}

export const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();
