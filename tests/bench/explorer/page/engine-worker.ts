// Runs one layout engine on a graph off the main thread (as the explorer does) and reports how long
// it took and how readable the result is, on the same scale for every engine.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions } from '../../../../client/src/layout/layout-options';
import { withSeededRandom } from '../../../../client/src/layout/seeded-run';
import { forceAtlas2Positions } from './forceatlas2-layout';
import type { EngineGraph, EngineName, EngineReply } from './engine-messages';

cytoscape.use(fcose);

type Positions = Map<string, { x: number; y: number }>;

function fcosePositions(graph: EngineGraph, quality: 'draft' | 'default'): Positions {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...graph.nodes.map((id) => ({ data: { id } })),
      ...graph.edges.map(([source, target], i) => ({ data: { id: `e${i}`, source, target } })),
    ],
    style: [{ selector: 'node', style: { width: 30, height: 30 } }],
  });
  const run = (q: 'draft' | 'default') =>
    withSeededRandom(1, () =>
      cy.layout({ ...fcoseOptions(graph.nodes.length, q), fit: false, animate: false } as cytoscape.LayoutOptions).run(),
    );
  run('draft');
  if (quality === 'default') run('default');
  const out: Positions = new Map();
  cy.nodes().forEach((n) => {
    out.set(n.id(), { ...n.position() });
  });
  cy.destroy();
  return out;
}

/** Scales the picture so that the mean edge is 60 long (as drawn), then measures edge spread and crowding. */
function quality(graph: EngineGraph, positions: Positions): Pick<EngineReply, 'edgeLengthSpread' | 'overlapShare'> {
  const at = (id: string) => positions.get(id) ?? { x: 0, y: 0 };
  const lengths = graph.edges.map(([a, b]) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y));
  const mean = lengths.reduce((s, l) => s + l, 0) / Math.max(1, lengths.length);
  const scale = mean > 0 ? 60 / mean : 1;
  const sd = Math.sqrt(lengths.reduce((s, l) => s + (l * scale - 60) ** 2, 0) / Math.max(1, lengths.length));
  const points = graph.nodes.map((id) => ({ x: at(id).x * scale, y: at(id).y * scale }));
  const step = Math.max(1, Math.floor(points.length / 400));
  let crowded = 0;
  let sampled = 0;
  for (let i = 0; i < points.length; i += step) {
    sampled++;
    const p = points[i]!;
    if (points.some((q, j) => j !== i && Math.hypot(p.x - q.x, p.y - q.y) < 10)) crowded++;
  }
  return { edgeLengthSpread: sd / 60, overlapShare: crowded / Math.max(1, sampled) };
}

self.onmessage = (event: MessageEvent<{ name: EngineName; graph: EngineGraph }>) => {
  const { name, graph } = event.data;
  const started = performance.now();
  const positions =
    name === 'forceatlas2'
      ? forceAtlas2Positions(graph.nodes, graph.edges, 1)
      : fcosePositions(graph, name === 'fcose-draft' ? 'draft' : 'default');
  const layoutMs = performance.now() - started;
  postMessage({ name, layoutMs, ...quality(graph, positions) } satisfies EngineReply);
};
