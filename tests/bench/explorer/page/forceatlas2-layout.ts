// ForceAtlas2 (graphology's maintained implementation, Barnes-Hut above a few hundred nodes) from
// seeded starting positions: deterministic, and linear-logarithmic per iteration, so it gives a
// readable first picture of thousands of nodes quickly. Compared with fcose's draft in the bench.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from '../../../../client/src/core/seeded-random';

/** Iterations for a first picture: fewer for bigger graphs, so that the time stays bounded. */
export function forceAtlas2Iterations(nodeCount: number): number {
  return Math.max(60, Math.min(300, Math.round(300_000 / Math.max(1, nodeCount))));
}

export function forceAtlas2Positions(
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
  seed: number,
  iterations = forceAtlas2Iterations(nodes.length),
): Map<string, { x: number; y: number }> {
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  const random = seededRandom(seed);
  // Start on a disc whose area grows with the node count, so that the first iterations do not explode.
  const radius = Math.sqrt(nodes.length) * 10;
  for (const id of nodes) {
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    graph.addNode(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  }
  for (const [source, target] of edges)
    if (source !== target && graph.hasNode(source) && graph.hasNode(target)) graph.addEdge(source, target);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: nodes.length > 500 };
  const mapping = forceAtlas2(graph, { iterations, settings });
  // ForceAtlas2's distances are small: scale to the canvas's edge length (about 60 px).
  const out = new Map<string, { x: number; y: number }>();
  let total = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = mapping[source]!;
    const b = mapping[target]!;
    total += Math.hypot(a.x - b.x, a.y - b.y);
  });
  const scale = graph.size > 0 && total > 0 ? 60 / (total / graph.size) : 1;
  for (const id of nodes) {
    const p = mapping[id] ?? { x: 0, y: 0 };
    out.set(id, { x: p.x * scale, y: p.y * scale });
  }
  return out;
}
