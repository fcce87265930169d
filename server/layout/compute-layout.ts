// The force layout the explorer would compute for the whole graph, computed once on the server:
// the same library (fcose on a headless Cytoscape), the same options, node sizes and graph seed as
// the client's layout worker (client/src/layout/), so a stored picture looks like a computed one.
// Pure and synchronous: it runs inside the layout worker thread (layout-worker.ts).
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphSeed, hashString, seededRandom } from '../../client/src/core/seeded-random';
import { sizeForDegree } from '../../client/src/core/style-for-type';
import { fcoseOptions, REFINE_LIMIT } from '../../client/src/layout/layout-options';

cytoscape.use(fcose);

/** Change it when the layout's options change, so that stored layouts are computed again. */
const LAYOUT_OPTIONS_VERSION = 'fcose1';

export interface LayoutGraph {
  nodes: { id: string; degree: number }[];
  /** [from, to] entity ids; edges to entities outside `nodes` are ignored. */
  edges: [string, string][];
  /** The version every node's stored layout has (null when they differ or some have none). */
  storedVersion: string | null;
}

export interface LayoutResult {
  /** Names the graph laid out (its nodes and edges) and the layout's options: positions are reused while it holds. */
  version: string;
  /** The stored layout already has this version: nothing was computed. */
  unchanged: boolean;
  positions: { id: string; x: number; y: number }[];
  /** fcose's quality: the refined pass runs up to the client's REFINE_LIMIT nodes, as in the browser. */
  quality: 'draft' | 'default';
}

export function computeLayout(graph: LayoutGraph): LayoutResult {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const nodes = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Sorted too: the same graph read in another order must give the same picture.
  const edges = graph.edges
    .filter(([from, to]) => ids.has(from) && ids.has(to) && from !== to)
    .map(([from, to]) => ({ from, to, key: `${from}|${to}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const quality = nodes.length <= REFINE_LIMIT ? 'default' : 'draft';
  const seed = graphSeed(
    nodes.map((n) => n.id),
    edges.map((e) => e.key),
  );
  // Degrees set the node sizes the layout keeps apart, so they are part of the version.
  const version = `${LAYOUT_OPTIONS_VERSION}:${nodes.length}:${edges.length}:${seed.toString(16)}:${hashString(nodes.map((n) => n.degree).join(','))}`;
  if (version === graph.storedVersion) return { version, unchanged: true, positions: [], quality };
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id, size: sizeForDegree(n.degree) } })),
      ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to } })),
    ],
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  });
  // fcose draws from Math.random and takes no seed: a generator seeded by the graph makes the
  // same graph get the same positions on every run (this thread does nothing else meanwhile).
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    if (nodes.length > 1) {
      const run = (pass: 'draft' | 'default') =>
        cy.layout({ ...fcoseOptions(nodes.length, pass), fit: false, animate: false } as unknown as cytoscape.LayoutOptions).run();
      run('draft');
      if (quality === 'default') run('default');
    }
  } finally {
    Math.random = original;
  }
  const positions = cy.nodes().map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y') }));
  cy.destroy();
  return { version, unchanged: false, positions, quality };
}
