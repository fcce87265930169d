// A tiny DataLoader: loads asked for while one GraphQL execution step runs are sent to Neo4j as ONE
// batched query, and each key is loaded at most once per request.

export type BatchLoad<V> = (keys: string[]) => Promise<Map<string, V>>;

export class Batcher<V> {
  private readonly cache = new Map<string, Promise<V | undefined>>();
  private queue: { key: string; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly batchLoad: BatchLoad<V>) {}

  /** Undefined when the batch query did not return the key (e.g. the entity is gone). */
  load(key: string): Promise<V | undefined> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V | undefined>((resolve, reject) => {
      if (this.queue.length === 0) scheduleAfterPromiseJobs(() => void this.dispatch());
      this.queue.push({ key, resolve, reject });
    });
    this.cache.set(key, promise);
    return promise;
  }

  private async dispatch(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    try {
      const values = await this.batchLoad([...new Set(queue.map((item) => item.key))]);
      for (const item of queue) item.resolve(values.get(item.key));
    } catch (error) {
      for (const item of queue) {
        this.cache.delete(item.key);
        item.reject(error);
      }
    }
  }
}

/**
 * Runs once every promise job and nextTick queued so far (and those they queue) has run, so that all
 * resolvers of the current execution step, however many promise hops deep, have asked by then.
 */
function scheduleAfterPromiseJobs(fn: () => void): void {
  setImmediate(fn);
}
