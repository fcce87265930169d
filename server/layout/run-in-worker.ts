// Runs computeLayout in a worker thread (one per run, ended with it). The worker is TypeScript,
// loaded through tsx by its JavaScript entry (layout-worker.mjs).
import { Worker } from 'node:worker_threads';
import type { LayoutGraph, LayoutResult } from './compute-layout';

export interface LayoutTask {
  result: Promise<LayoutResult>;
  /** Ends the thread at once; `result` rejects. */
  cancel(): void;
}

export function layoutInWorker(graph: LayoutGraph): LayoutTask {
  const worker = new Worker(new URL('./layout-worker.mjs', import.meta.url), { workerData: graph });
  const result = new Promise<LayoutResult>((resolve, reject) => {
    worker.once('message', (message: LayoutResult) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the layout thread ended (exit code ${code}) before it answered`)));
  });
  // Settled either way: the thread has nothing more to do.
  void result.finally(() => void worker.terminate()).catch(() => {});
  return { result, cancel: () => void worker.terminate() };
}
