// Reports the viewport once the user's own panning or zooming settles (a layout's fit is not the
// user's choice, so it is not reported): what the URL keeps as `vp=`.
import type { Core } from 'cytoscape';
import type { Viewport } from '../core/viewport';

const SETTLE_MS = 200;

export function watchUserViewport(cy: Core, onViewport: (viewport: Viewport) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on('dragpan scrollzoom pinchzoom', () => {
    clearTimeout(timer);
    timer = setTimeout(() => onViewport({ zoom: cy.zoom(), ...cy.pan() }), SETTLE_MS);
  });
  cy.one('destroy', () => clearTimeout(timer));
}
