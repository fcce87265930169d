// The signal of the request being served, without threading it through every query call:
// Node's AsyncLocalStorage follows it into DataLoader batches and resolvers alike. When it aborts
// (deadline, result too large, client gone), the executor abandons the transaction in flight and
// starts no new one.
import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<AbortSignal>();

export function runWithRequestSignal<T>(signal: AbortSignal, work: () => T): T {
  return scope.run(signal, work);
}

export function currentRequestSignal(): AbortSignal | undefined {
  return scope.getStore();
}
