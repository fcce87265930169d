// Brings one drawn element into view: pans (zooming out only when it does not fit) so that it is
// fully visible, briefly animated, or at once for people who asked for reduced motion and in a big
// graph (views/viewport-move.ts).
import type { Core } from 'cytoscape';
import { jumpsInstead } from './viewport-move';

const PADDING = 40;

export function revealElement(cy: Core | null | undefined, id: string): void {
  const element = cy?.getElementById(id);
  if (!cy || !element || element.empty()) return;
  // A panel may just have opened or closed and changed the canvas size: measure first.
  cy.resize();
  cy.stop();
  const box = element.boundingBox({});
  const fitZoom = Math.min((cy.width() - 2 * PADDING) / Math.max(box.w, 1), (cy.height() - 2 * PADDING) / Math.max(box.h, 1));
  const zoom = Math.min(cy.zoom(), fitZoom);
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const pan = { x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom };
  if (jumpsInstead(cy)) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan }, { duration: 250 });
}
