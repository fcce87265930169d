// The page's entry, kept tiny: it sends the first view's requests (app/boot-request.ts), then loads
// the explorer (main.ts: Cytoscape, the views, ~690 kB). Before, the requests waited until that
// whole bundle was downloaded, parsed and evaluated (~0.2-0.3 s after navigation at 1k entities);
// now they leave as soon as this small chunk runs, and the server works while the bundle loads.
import './app/boot-request';

void import('./main');
