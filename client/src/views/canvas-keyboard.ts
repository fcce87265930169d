// The canvas by keyboard: once it has focus, arrow keys walk from entity to entity, Enter expands
// the selected one, Escape clears the selection, + and - zoom, 0 fits. Each move is announced in a
// live region, so a screen reader says where the selection went.
import { directionForKey, nearestInDirection, nearestTo } from '../core/spatial-nav';
import type { Selection } from '../core/types';
import type { GraphCanvas } from './canvas';

export interface CanvasKeyboardHandlers {
  selection(): Selection;
  onSelect(selection: Selection): void;
  onExpand(id: string): void;
}

const ZOOM_STEP = 1.25;

export function installCanvasKeyboard(
  container: HTMLElement,
  announcer: HTMLElement,
  canvas: GraphCanvas,
  handlers: CanvasKeyboardHandlers,
): void {
  container.tabIndex = 0;
  container.addEventListener('keydown', (event) => {
    const cy = canvas.cy;
    if (!cy || event.ctrlKey || event.metaKey || event.altKey) return;
    const selected = handlers.selection();
    const current = selected?.kind === 'node' && cy.getElementById(selected.id).nonempty() ? selected.id : null;
    const direction = directionForKey(event.key);
    if (direction) {
      event.preventDefault();
      const points = canvas.positionsNow();
      const extent = cy.extent();
      const next = current
        ? nearestInDirection(points, current, direction)
        : nearestTo(points, { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 });
      if (!next) {
        announcer.textContent = `No entity ${direction} of here.`;
        return;
      }
      handlers.onSelect({ kind: 'node', id: next });
      keepInView(canvas, next);
      const node = cy.getElementById(next);
      announcer.textContent = `${String(node.data('label'))}, ${String(node.data('type'))}, ${node.degree(false)} relations shown.`;
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      handlers.onExpand(current);
    } else if (event.key === 'Escape' && selected) {
      event.preventDefault();
      handlers.onSelect(null);
      announcer.textContent = 'Selection cleared.';
    } else if (event.key === '+' || event.key === '=' || event.key === '-') {
      event.preventDefault();
      const factor = event.key === '-' ? 1 / ZOOM_STEP : ZOOM_STEP;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (event.key === '0') {
      event.preventDefault();
      canvas.fit();
    }
  });
}

/** Pans (without zooming) when the node sits outside the visible part of the canvas. */
function keepInView(canvas: GraphCanvas, id: string): void {
  const cy = canvas.cy;
  const node = cy?.getElementById(id);
  if (!cy || !node || node.empty()) return;
  const { x, y } = node.renderedPosition();
  const margin = 30;
  if (x >= margin && y >= margin && x <= cy.width() - margin && y <= cy.height() - margin) return;
  cy.stop();
  cy.animate({ center: { eles: node } }, { duration: 200 });
}
