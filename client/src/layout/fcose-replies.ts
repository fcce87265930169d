// What the fcose worker computes for one request, on a headless Cytoscape: a draft (spectral only,
// fast) and, for graphs small enough, a refined layout; each handed to `post` as it is ready. Apart
// from the worker's message wiring (fcose-worker.ts), so that it also runs in unit tests.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutReply, LayoutRequest } from './layout-messages';
import { fcoseOptions } from './layout-options';
import { withSeededRandom } from './seeded-run';

cytoscape.use(fcose);

export function fcoseReplies(request: LayoutRequest, post: (reply: LayoutReply) => void): void {
  const { id, nodes, edges, refine, seed } = request;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id, size: n.size } })),
      ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  });
  const positions = () => {
    const out: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() }; // a copy: the next run moves the nodes
    });
    return out;
  };
  const run = (quality: 'draft' | 'default') =>
    withSeededRandom(seed, () =>
      cy.layout({ ...fcoseOptions(nodes.length, quality), fit: false, animate: false } as cytoscape.LayoutOptions).run(),
    );
  run('draft');
  post({ id, phase: 'draft', positions: positions(), final: !refine });
  if (refine) {
    run('default');
    post({ id, phase: 'refined', positions: positions(), final: true });
  }
  cy.destroy();
}
