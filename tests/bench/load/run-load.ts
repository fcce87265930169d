// The load generator: `clients` loops, each sending one request at a time over keep-alive
// connections (Node's fetch), for a warm-up and then a measured window. Bounded: no request starts
// after the window, and each one is aborted after `requestTimeoutMs`.
import type { Operation } from './workload';
import { seededRandom } from './workload';

export interface LoadOptions<S> {
  url: string;
  clients: number;
  warmupMs: number;
  durationMs: number;
  requestTimeoutMs: number;
  operations: Operation[];
  seed: number;
  /** Called at the start of the window, every `sampleEveryMs`, and at its end (RSS, CPU). */
  sample: () => S;
  sampleEveryMs: number;
  /** How one request is sent (default: Node's fetch; http-send.ts is a leaner keep-alive node:http client). */
  send?: Send;
}

/** Sends one GraphQL request: null when it succeeded, otherwise its error kind and message. */
export type Send = (url: string, body: string, timeoutMs: number) => Promise<{ kind: string; message: string } | null>;

export interface OperationStats {
  name: string;
  requests: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface LoadResult<S> {
  /** Requests started in the window, divided by the time from its start until the last one ended. */
  requestsPerSecond: number;
  elapsedMs: number;
  overall: OperationStats;
  operations: OperationStats[];
  /** Error kinds (HTTP status, GraphQL code, network) with a count and the first message seen. */
  errorKinds: Record<string, { count: number; example: string }>;
  /** Not counted in the figures, but its errors are kept by kind: they show how the server starts under load. */
  warmup: { requests: number; errors: number; errorKinds: Record<string, { count: number; example: string }> };
  samples: { atMs: number; value: S }[];
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

function summarize(name: string, latencies: number[], errors: number): OperationStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    name,
    requests: latencies.length,
    errors,
    p50Ms: round(percentile(sorted, 0.5)),
    p99Ms: round(percentile(sorted, 0.99)),
    maxMs: round(sorted.at(-1) ?? NaN),
  };
}

/** Null when the request succeeded; otherwise its error kind and message. */
async function send(url: string, body: string, timeoutMs: number): Promise<{ kind: string; message: string } | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (response.status !== 200) return { kind: `HTTP ${response.status}`, message: text.slice(0, 300) };
    const result = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
    const first = result.errors?.[0];
    if (first) return { kind: `GraphQL ${first.extensions?.code ?? '(no code)'}`, message: first.message.slice(0, 300) };
    return null;
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    if (name === 'TimeoutError') return { kind: 'timeout', message: `no answer within ${timeoutMs} ms` };
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { kind: `network ${name}`, message: `${String(error)}${cause}`.slice(0, 300) };
  }
}

export async function runLoad<S>(options: LoadOptions<S>): Promise<LoadResult<S>> {
  const endpoint = `${options.url}/graphql`;
  const latencies = options.operations.map(() => [] as number[]);
  const errors = options.operations.map(() => 0);
  const errorKinds: LoadResult<S>['errorKinds'] = {};
  const warmup: LoadResult<S>['warmup'] = { requests: 0, errors: 0, errorKinds: {} };
  const samples: LoadResult<S>['samples'] = [];

  const begin = performance.now();
  const windowStart = begin + options.warmupMs;
  const windowEnd = windowStart + options.durationMs;
  let lastEnd = windowStart;

  // Samples on a timer; the first and last are taken exactly at the window's edges.
  let sampler: NodeJS.Timeout | undefined;
  const startSampling = setTimeout(() => {
    samples.push({ atMs: 0, value: options.sample() });
    sampler = setInterval(() => {
      const atMs = performance.now() - windowStart;
      if (atMs < options.durationMs) samples.push({ atMs: Math.round(atMs), value: options.sample() });
    }, options.sampleEveryMs);
  }, options.warmupMs);
  let endSampled = false;
  const sampleEnd = () => {
    if (endSampled) return;
    endSampled = true;
    clearInterval(sampler);
    samples.push({ atMs: options.durationMs, value: options.sample() });
  };
  const endSampling = setTimeout(sampleEnd, options.warmupMs + options.durationMs);

  async function client(index: number) {
    const random = seededRandom(options.seed + index);
    for (;;) {
      const started = performance.now();
      if (started >= windowEnd) return;
      const which = random(options.operations.length);
      const operation = options.operations[which] as Operation;
      const failure = await (options.send ?? send)(endpoint, JSON.stringify(operation.request(random)), options.requestTimeoutMs);
      const ended = performance.now();
      if (started < windowStart) {
        warmup.requests += 1;
        if (failure) {
          warmup.errors += 1;
          (warmup.errorKinds[failure.kind] ??= { count: 0, example: `${operation.name}: ${failure.message}` }).count += 1;
        }
        continue;
      }
      latencies[which]?.push(ended - started);
      lastEnd = Math.max(lastEnd, ended);
      if (failure) {
        errors[which] = (errors[which] ?? 0) + 1;
        const kind = (errorKinds[failure.kind] ??= { count: 0, example: `${operation.name}: ${failure.message}` });
        kind.count += 1;
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  } finally {
    clearTimeout(startSampling);
    clearTimeout(endSampling);
  }
  sampleEnd(); // when the last request ended before the timer fired
  const operations = options.operations.map((operation, i) => summarize(operation.name, latencies[i] ?? [], errors[i] ?? 0));
  const overall = summarize(
    'all',
    latencies.flat(),
    errors.reduce((a, b) => a + b, 0),
  );
  const elapsedMs = lastEnd - windowStart;
  return {
    requestsPerSecond: Math.round((overall.requests / elapsedMs) * 1000 * 10) / 10,
    elapsedMs: Math.round(elapsedMs),
    overall,
    operations,
    errorKinds,
    warmup,
    samples,
  };
}
