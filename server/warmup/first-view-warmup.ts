// The explorer's first requests, sent once through the app itself after start and after the graph
// changed (issue 12, S3-H3), so that the first user does not pay for compiling them. Neo4j caches a
// plan per Cypher text and plans again when the graph's statistics moved or a property key the
// statement names was created (the layout job's first `_lx`/`_ly`): most of the 1k Overview's
// answer was then its planning, 0.5-1.5 s (docs/benchmarks.md, "First view at 1k (S3-H3)").
// Going through the app (yoga, armor, resolvers, executor) makes Neo4j compile exactly the
// statements the client's documents produce, and warms Node's code for them too.
// Never throws, never blocks start or readiness; each run is bounded by `timeoutMs`.
import type { Logger } from 'pino';
import { DebouncedJob } from '../jobs/debounced-job';
import { NeighbourhoodDocument, OverviewDocument, SourcesDocument } from '../../client/src/generated';

export interface WarmupRequest {
  name: string;
  query: string;
  /** Its variables, or a function of the earlier requests' `data` (null: nothing to send). */
  variables: Record<string, unknown> | ((answers: unknown[]) => Record<string, unknown> | null);
}

/** The first (most connected) entity of an Overview answer. */
function topEntity(overview: unknown): string | null {
  const nodes = (overview as { graph?: { nodes?: { id?: unknown }[] } } | undefined)?.graph?.nodes;
  const id = nodes?.[0]?.id;
  return typeof id === 'string' ? id : null;
}

/**
 * What client/src/app/boot-request.ts sends first, then the expansion of the most connected entity
 * (the likeliest to be expanded: a hub). Limits are parameters, so any limit reuses the plan these
 * compile (the overview's is the client's default, loaders.ts). Neo4j keeps a plan per size class
 * of a string parameter too (ids of 8-10 characters and of 11-100 are planned apart): the
 * expansion is warmed for the ids of the top entity's length.
 */
export const FIRST_VIEW_REQUESTS: readonly WarmupRequest[] = [
  { name: 'Overview', query: OverviewDocument.toString(), variables: { limit: 500 } },
  { name: 'Sources', query: SourcesDocument.toString(), variables: {} },
  {
    name: 'Neighbourhood',
    query: NeighbourhoodDocument.toString(),
    variables: ([overview]) => {
      const id = topEntity(overview);
      return id ? { id, limit: 25 } : null;
    },
  },
];

/** A burst of changes (a load's several mutations) makes one run, this long after the last. */
export const DEFAULT_WARMUP_DEBOUNCE_MS = 300;
/** One run at most this long; past it the run is abandoned and its request aborted. */
export const DEFAULT_WARMUP_TIMEOUT_MS = 30_000;

export interface WarmupReport {
  ok: boolean;
  ms: number;
  /** Per request: ms, or the error. */
  requests: { name: string; ms: number; error?: string }[];
}

export interface FirstViewWarmupOptions {
  /** The app's fetch (createApp(...).fetch): the requests take the same path as a browser's. */
  fetch: (url: string, init: RequestInit) => Response | Promise<Response>;
  logger: Logger;
  requests?: readonly WarmupRequest[];
  debounceMs?: number;
  timeoutMs?: number;
}

export class FirstViewWarmup extends DebouncedJob<WarmupReport> {
  constructor(private readonly options: FirstViewWarmupOptions) {
    super(options.debounceMs ?? DEFAULT_WARMUP_DEBOUNCE_MS);
  }

  protected async runOnce(): Promise<WarmupReport> {
    const { logger, requests = FIRST_VIEW_REQUESTS, timeoutMs = DEFAULT_WARMUP_TIMEOUT_MS } = this.options;
    const started = performance.now();
    const signal = AbortSignal.timeout(timeoutMs);
    const results: WarmupReport['requests'] = [];
    const answers: unknown[] = [];
    // One after the other: the warm-up should not take both cores from a user's requests.
    for (const request of requests) {
      if (signal.aborted) {
        results.push({ name: request.name, ms: 0, error: `not sent: the run's ${timeoutMs} ms were up` });
        continue;
      }
      const variables = typeof request.variables === 'function' ? request.variables(answers) : request.variables;
      if (!variables) continue; // e.g. no entity to expand in an empty graph
      const at = performance.now();
      const answer = await this.send(request.query, variables, signal).catch((e: unknown) => ({
        error: e instanceof Error ? e.message : String(e),
        data: undefined,
      }));
      answers.push(answer.data);
      results.push({ name: request.name, ms: Math.round(performance.now() - at), ...(answer.error ? { error: answer.error } : {}) });
    }
    const report: WarmupReport = { ok: results.every((r) => !r.error), ms: Math.round(performance.now() - started), requests: results };
    if (report.ok) logger.info(report, 'first view warmed up');
    else logger.warn(report, 'the first view warm-up failed; it runs again after the next change');
    return report;
  }

  /** The answer's data, and an error message unless it has data and no errors. */
  private async send(query: string, variables: Record<string, unknown>, signal: AbortSignal): Promise<{ data: unknown; error?: string }> {
    const answer = Promise.resolve(
      this.options.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal,
      }),
    ).then(async (response) => (await response.json()) as { data?: unknown; errors?: { message: string }[] });
    // The app ends an aborted request itself; this bounds the wait even if it could not.
    let onAbort = () => {};
    const timedOut = new Promise<never>((_, reject) => {
      onAbort = () => reject(new Error(`no answer within ${this.options.timeoutMs ?? DEFAULT_WARMUP_TIMEOUT_MS} ms`));
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const body = await Promise.race([answer, timedOut]);
      if (body.errors?.length) return { data: body.data, error: body.errors.map((e) => e.message).join('; ') };
      return body.data ? { data: body.data } : { data: undefined, error: 'no data in the answer' };
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }
}
