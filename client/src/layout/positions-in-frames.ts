// Moves the nodes to a layout's positions a batch per animation frame. Moving all 5k nodes at once
// made one long task (every moved node's and edge's cached texture and geometry is recomputed, 1.3 s
// in a loaded profile); a batch per frame keeps each frame short, and the picture settles in a few
// frames.
import type { Core, NodeSingular } from 'cytoscape';
import type { Point } from '../core/placement';

/** Nodes moved per frame. */
export const POSITIONS_PER_FRAME = 1000;

export interface PositionsInFrames {
  cancel(): void;
}

/** Moves the first batch now and the rest on the next frames, then calls `onDone`. */
export function applyPositionsInFrames(
  cy: Core,
  positions: Readonly<Record<string, Point>>,
  onDone: () => void,
  perFrame = POSITIONS_PER_FRAME,
): PositionsInFrames {
  const nodes = cy.nodes().toArray() as NodeSingular[];
  let next = 0;
  let frame = 0;
  let cancelled = false;
  const step = () => {
    if (cancelled || cy.destroyed()) return;
    const batch = nodes.slice(next, next + perFrame);
    next += batch.length;
    cy.batch(() => {
      for (const node of batch) {
        const at = positions[node.id()];
        if (at && !node.removed()) node.position({ x: at.x, y: at.y });
      }
    });
    if (next < nodes.length) frame = requestAnimationFrame(step);
    else onDone();
  };
  step();
  return {
    cancel: () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    },
  };
}
