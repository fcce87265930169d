// Fits the view to the nodes from their positions and sizes alone. cy.fit() asks for the bounding
// box of every element (edges and labels included), which at 5k entities costs a long task of its
// own each time the layout's positions arrive; positions and sizes are already known.
import type { Core, NodeSingular } from 'cytoscape';
import type { Point } from '../core/placement';
import { fitMove, type Box } from '../core/reveal';

/** Where a node is, or is about to be. */
export type PositionOf = (node: NodeSingular) => Point;

/** The box around node bodies (a centre and a diameter each), or null when there are none. */
export function bodyBox(bodies: Iterable<Point & { size: number }>): Box | null {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const { x, y, size } of bodies) {
    box.x1 = Math.min(box.x1, x - size / 2);
    box.y1 = Math.min(box.y1, y - size / 2);
    box.x2 = Math.max(box.x2, x + size / 2);
    box.y2 = Math.max(box.y2, y + size / 2);
  }
  return Number.isFinite(box.x1) ? box : null;
}

/** The box around the node bodies (labels and edges left out), or null without nodes. */
export function nodeBox(cy: Core, at: PositionOf = (node) => node.position()): Box | null {
  return bodyBox(cy.nodes().map((node: NodeSingular) => ({ ...at(node), size: Number(node.data('size')) || 30 })));
}

/** Zooms and pans so that `box` shows, `padding` screen pixels from the edges. */
export function fitBox(cy: Core, box: Box, padding: number): void {
  cy.viewport(
    fitMove(box, { width: cy.width(), height: cy.height(), zoom: cy.zoom(), pan: cy.pan() }, padding, cy.minZoom(), cy.maxZoom()),
  );
}

/** Zooms and pans so that every node body shows (at `at`), `padding` screen pixels from the edges. */
export function fitNodes(cy: Core, padding: number, at?: PositionOf): void {
  const box = nodeBox(cy, at);
  if (box) fitBox(cy, box, padding);
}
