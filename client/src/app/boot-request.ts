// The first view's overview request, sent as soon as the bundle runs. main.ts imports this module
// first, so the request is on its way while Cytoscape's modules are evaluated and the views are built
// (about 0.1 s at start); the first restoreView stores its answer.
import { requestOverview } from './loaders';

export const bootOverview = requestOverview();
