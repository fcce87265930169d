// The first view's overview request, sent as soon as the bundle runs. main.ts imports this module
// first, so the request is on its way while Cytoscape's modules are evaluated and the views are built
// (about 0.1 s at start); the first restoreView stores its answer.
import { requestOverview } from './loaders';

export const bootOverview = requestOverview();
// Awaited by the first restoreView, which shows a failure as the app's error; until main.ts has
// loaded, nothing awaits it, and a quick failure (Neo4j down) would be an unhandled rejection.
bootOverview.catch(() => undefined);
