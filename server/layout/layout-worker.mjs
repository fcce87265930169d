// The layout thread's entry, in plain JavaScript: a worker thread does not always inherit the
// parent's TypeScript loader (not under Node 20, nor in the test runner's threads), so it
// registers tsx itself before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./layout-worker.ts');
