// Fits the view to the nodes from their positions and sizes alone. cy.fit() asks for the bounding
// box of every element (edges and labels included), which at 5k entities costs a long task of its
// own each time the layout's positions arrive; positions and sizes are already known.
import type { Core, NodeSingular } from 'cytoscape';
import type { Point } from '../core/placement';
import { fitMove, type Box } from '../core/reveal';

/** Where a node is, or is about to be. */
export type PositionOf = (node: NodeSingular) => Point;

/** The box around the node bodies (labels and edges left out), or null without nodes. */
export function nodeBox(cy: Core, at: PositionOf = (node) => node.position()): Box | null {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  cy.nodes().forEach((node: NodeSingular) => {
    const { x, y } = at(node);
    const half = (Number(node.data('size')) || 30) / 2;
    box.x1 = Math.min(box.x1, x - half);
    box.y1 = Math.min(box.y1, y - half);
    box.x2 = Math.max(box.x2, x + half);
    box.y2 = Math.max(box.y2, y + half);
  });
  return Number.isFinite(box.x1) ? box : null;
}

/** Zooms and pans so that every node body shows (at `at`), `padding` screen pixels from the edges. */
export function fitNodes(cy: Core, padding: number, at?: PositionOf): void {
  const box = nodeBox(cy, at);
  if (!box) return;
  cy.viewport(
    fitMove(box, { width: cy.width(), height: cy.height(), zoom: cy.zoom(), pan: cy.pan() }, padding, cy.minZoom(), cy.maxZoom()),
  );
}
