// Read-only handles on the app state and what is drawn, for the e2e tests and the layout benchmark
// (tests/e2e). Only a client built with `vite build --mode e2e` exposes them (tests/setup/client-build.ts):
// main.ts guards the call with import.meta.env.MODE, so the production bundle has neither call nor code.
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
