// Read-only handles on the app state and what is drawn, for the e2e tests and the layout benchmark
// (tests/e2e).
import type { LayoutReport } from '../layout/layout-runner';
import type { GraphCanvas } from '../views/canvas';
import type { Store } from './store';

export interface DebugHandles {
  store: Store;
  canvas: GraphCanvas;
  layoutReports: LayoutReport[];
}

declare global {
  interface Window {
    jejaring?: DebugHandles;
  }
}

export function exposeDebugHandles(handles: DebugHandles): void {
  window.jejaring = handles;
}
