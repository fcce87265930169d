// Runs fcose off the main thread on a headless Cytoscape, so big layouts never freeze the page.
// Posts a draft (spectral only, fast) and, for graphs small enough, a refined layout.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutRequest, LayoutReply } from './layout-messages';
import { fcoseOptions } from './layout-options';
import { withSeededRandom } from './seeded-run';

cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges, refine, seed } = event.data;
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
      out[n.id()] = n.position();
    });
    return out;
  };
  const run = (quality: 'draft' | 'default') =>
    withSeededRandom(seed, () =>
      cy.layout({ ...fcoseOptions(nodes.length, quality), fit: false, animate: false } as cytoscape.LayoutOptions).run(),
    );
  run('draft');
  postMessage({ id, phase: 'draft', positions: positions(), final: !refine } satisfies LayoutReply);
  if (refine) {
    run('default');
    postMessage({ id, phase: 'refined', positions: positions(), final: true } satisfies LayoutReply);
  }
  cy.destroy();
};
