// Runs fcose off the main thread on a headless Cytoscape, so big layouts never freeze the page.
// Posts a draft (spectral only, fast) and, for graphs small enough, a refined layout.
import { fcoseReplies } from './fcose-replies';
import type { LayoutRequest } from './layout-messages';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  fcoseReplies(event.data, (reply) => postMessage(reply));
};
