// Makes cy.resize() do nothing while the container keeps its size. It re-matches every canvas to
// the container, which clears them and redraws every element: at 5k entities a full frame (100-300
// ms). The canvas called it on every store change (a click, its details arriving), and Cytoscape's
// own ResizeObserver calls it again 100 ms after each change of the container's size.
import type { Core } from 'cytoscape';

/** The container's content size, as Cytoscape measures it (client size less padding). */
function containerSize(container: HTMLElement): { width: number; height: number } {
  const style = getComputedStyle(container);
  const px = (value: string) => parseFloat(value) || 0;
  return {
    width: container.clientWidth - px(style.paddingLeft) - px(style.paddingRight),
    height: container.clientHeight - px(style.paddingTop) - px(style.paddingBottom),
  };
}

/** True when the container's size differs from the one Cytoscape last measured (cy.width/height). */
export function sizeChanged(cy: Core): boolean {
  const container = cy.container();
  if (!container) return false;
  const now = containerSize(container);
  return now.width !== cy.width() || now.height !== cy.height();
}

/** Wraps this instance's resize() (every caller's, Cytoscape's own included) so that it acts only on a change. */
export function resizeOnlyOnChange(cy: Core): void {
  const resize = cy.resize.bind(cy);
  cy.resize = () => (sizeChanged(cy) ? resize() : cy);
}
