// The layout thread: computes one layout (workerData) and posts it back. Spawned per run by
// layout-job.ts, so the request thread never spends the seconds a big layout takes.
import { parentPort, workerData } from 'node:worker_threads';
import { computeLayout, type LayoutGraph } from './compute-layout';

parentPort?.postMessage(computeLayout(workerData as LayoutGraph));
