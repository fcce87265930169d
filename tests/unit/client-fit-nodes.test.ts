// The layout's fit from node positions and sizes (client/src/layout/fit-nodes.ts), on a headless
// Cytoscape: the same box cy.fit() would fit for node bodies, without asking for bounding boxes.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { fitNodes, nodeBox } from '../../client/src/layout/fit-nodes';

const graph = () =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' }, // the default ('null') would put every node at the origin
    style: [{ selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      { data: { id: 'a', size: 20 }, position: { x: -100, y: 0 } },
      { data: { id: 'b', size: 60 }, position: { x: 300, y: 50 } },
      { data: { id: 'c' }, position: { x: 0, y: -200 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });

describe('fitNodes', () => {
  it('boxes the node bodies from positions and sizes (30 when a node has none)', () => {
    const cy = graph();
    expect(nodeBox(cy)).toEqual({ x1: -110, y1: -215, x2: 330, y2: 80 });
    // Cytoscape's own box of the node bodies, within the pixel it adds around them.
    const theirs = cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
    const ours = nodeBox(cy)!;
    for (const side of ['x1', 'y1', 'x2', 'y2'] as const) expect(Math.abs(ours[side] - theirs[side])).toBeLessThanOrEqual(1);
  });

  it('has no box without nodes, and then leaves the viewport as it is', () => {
    const cy = cytoscape({ headless: true });
    cy.viewport({ zoom: 2, pan: { x: 5, y: 6 } });
    expect(nodeBox(cy)).toBeNull();
    fitNodes(cy, 40);
    expect({ zoom: cy.zoom(), pan: cy.pan() }).toEqual({ zoom: 2, pan: { x: 5, y: 6 } });
  });
});
