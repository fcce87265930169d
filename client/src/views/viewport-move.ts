// Whether the canvas moves its viewport at once instead of animating it. Each frame of an animation
// redraws every element: at 5k entities that is 100-300 ms a frame, so a 250 ms reveal after a click
// or an expansion became two to four long tasks drawing two to four jerky steps, then a full redraw.
import type { Core } from 'cytoscape';

/** Above this many drawn elements (the canvas's BIG_GRAPH) viewport moves jump. */
export const ANIMATE_MAX_ELEMENTS = 1000;

export function jumpsInstead(cy: Core): boolean {
  return cy.elements().length > ANIMATE_MAX_ELEMENTS || matchMedia('(prefers-reduced-motion: reduce)').matches;
}
