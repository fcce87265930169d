// The first view's warm-up (issue 12, S3-H3): after a change through the API, once the layout job
// has written its positions, the explorer's first requests have already run in Neo4j, with exactly
// the Cypher text the explorer's own requests produce (Neo4j caches plans by that text, and plans
// again after the job creates a property key the overview names: 0.5-1.5 s of the 1k first view).
// Observed in Neo4j itself (db.stats' QUERIES section), not timed. And it never throws and is bounded.
import pino, { type Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NeighbourhoodDocument, OverviewDocument, SourcesDocument } from '../../client/src/generated';
import { Executor, type Query } from '../../server/db/executor';
import { ensureSchema } from '../../server/db/schema-setup';
import { LayoutJob } from '../../server/layout/layout-job';
import { FirstViewWarmup } from '../../server/warmup/first-view-warmup';
import { GraphUpkeep } from '../../server/warmup/graph-upkeep';
import { clusteredSeed } from '../fixtures/generate-seed';
import { loadSeed } from '../helpers/load-seed';
import { startServerProcess } from '../helpers/server-process';
import { createTestApp, resetDatabase, TEST_TOKEN, type TestApp } from '../helpers/test-app';

const silent = pino({ level: 'silent' });

interface Invocation {
  startTimestampMillis: number;
}
interface QueryStats {
  query: string;
  invocations: Invocation[];
}

describe('first view warm-up after a change', () => {
  let t: TestApp;
  let upkeep: GraphUpkeep;
  const sent: string[] = [];

  beforeAll(async () => {
    // As main.ts: mutations tell the upkeep, which runs the layout job and then the warm-up.
    t = await createTestApp({ onQuery: (query: Query) => sent.push(query.cypher), onGraphChange: () => upkeep.changed() });
    const layoutJob = new LayoutJob({ executor: t.executor, logger: silent, debounceMs: 50 });
    const warmup = new FirstViewWarmup({ fetch: (url, init) => t.app.fetch(url, init), logger: silent, debounceMs: 50 });
    upkeep = new GraphUpkeep({ layoutJob, warmup });
    await resetDatabase(t.executor);
    await ensureSchema(t.executor);
  });
  afterAll(async () => {
    upkeep.stop();
    await t.close();
  });

  const stats = async (): Promise<QueryStats[]> => {
    const { records } = await t.driver.executeQuery("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
    return records.map((record) => record.get('data') as QueryStats);
  };
  const ranAfter = (all: QueryStats[], text: string, after: number) =>
    all.some((entry) => entry.query === text && entry.invocations.some((i) => Number(i.startTimestampMillis) >= after));
  const lastRun = (all: QueryStats[], match: (text: string) => boolean) =>
    Math.max(0, ...all.filter((e) => match(e.query)).flatMap((e) => e.invocations.map((i) => Number(i.startTimestampMillis))));

  it("runs the explorer's Overview, Sources and Neighbourhood statements in Neo4j after the layout job's writes", async () => {
    // The statements the explorer's first requests produce (their text is what Neo4j caches plans by).
    sent.length = 0;
    for (const [query, variables] of [
      [OverviewDocument.toString(), { limit: 1000 }],
      [SourcesDocument.toString(), {}],
    ] as const) {
      expect((await t.graphql(query, variables)).errors).toBeUndefined();
    }
    // An expansion's statement has the same text for every id (the graph is empty yet: none found).
    await t.graphql(NeighbourhoodDocument.toString(), { id: 'nobody', limit: 25 });
    const expected = [...sent];
    expect(expected).toHaveLength(3);

    await t.driver.executeQuery("CALL db.stats.stop('QUERIES')").catch(() => undefined);
    await t.driver.executeQuery("CALL db.stats.clear('QUERIES')");
    await t.driver.executeQuery("CALL db.stats.collect('QUERIES')");
    const changed = await t.graphql(
      'mutation($seed: JSON!) { importSeed(seed: $seed, format: JSON) { ok } }',
      { seed: clusteredSeed(120) },
      TEST_TOKEN,
    );
    expect(changed.errors).toBeUndefined();

    const deadline = Date.now() + 45_000;
    for (;;) {
      const all = await stats();
      const positionsWritten = lastRun(all, (text) => text.includes('SET e._lx = row.x'));
      if (positionsWritten > 0 && expected.every((text) => ranAfter(all, text, positionsWritten))) break;
      if (Date.now() > deadline)
        throw new Error(`the first view's statements did not run after the layout job's writes (positions written at ${positionsWritten})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await t.driver.executeQuery("CALL db.stats.stop('QUERIES')");
  });
});

/** An executor whose reads never answer (a frozen Neo4j, as far as the warm-up can tell). */
class SilentExecutor extends Executor {
  override read(): Promise<never> {
    return new Promise<never>(() => {});
  }
}

function recordingLogger() {
  const warnings: unknown[] = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => void (JSON.parse(line).level === 40 && warnings.push(JSON.parse(line))) },
  );
  return { logger: logger as Logger, warnings };
}

describe('first view warm-up when Neo4j does not answer', () => {
  it('gives up after its timeout, says so in a warning, and never throws', async () => {
    const t = await createTestApp({ makeExecutor: (driver, options) => new SilentExecutor(driver, options) });
    try {
      const { logger, warnings } = recordingLogger();
      const warmup = new FirstViewWarmup({ fetch: (url, init) => t.app.fetch(url, init), logger, timeoutMs: 300 });
      const report = await warmup.run();
      expect(report?.ok).toBe(false);
      expect(report?.requests.map((r) => r.error)).toEqual([
        'no answer within 300 ms',
        "not sent: the run's 300 ms were up",
        "not sent: the run's 300 ms were up",
      ]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ msg: expect.stringMatching(/warm-up failed/) });
    } finally {
      await t.close();
    }
  });

  it('reports an unreachable Neo4j as a failed run, not an exception', async () => {
    const t = await createTestApp({ uri: 'bolt://127.0.0.1:1', awaitReady: false });
    try {
      const { logger, warnings } = recordingLogger();
      const report = await new FirstViewWarmup({ fetch: (url, init) => t.app.fetch(url, init), logger }).run();
      expect(report?.ok).toBe(false);
      expect(report?.requests[0]?.error).toMatch(/unavailable|unreachable|Neo4j/i);
      expect(warnings).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});

describe('server/main.ts', () => {
  beforeAll(async () => {
    // Something to expand: the warm-up's third request needs an entity.
    const t = await createTestApp();
    await resetDatabase(t.executor);
    await ensureSchema(t.executor);
    await loadSeed(t.executor, clusteredSeed(50));
    await t.close();
  });

  it('warms up the first view once Neo4j is reachable, and logs it', async () => {
    const server = await startServerProcess('node', { NEO4J_URI: inject('neo4jUri'), NODE_ENV: 'production' });
    try {
      // Production logs are JSON lines: the warm-up's names each request it sent.
      await expect.poll(() => /"msg":"first view warmed up"/.test(server.output()), { timeout: 90_000, interval: 250 }).toBe(true);
      const line = server
        .output()
        .split('\n')
        .find((l) => l.includes('"msg":"first view warmed up"'))!;
      const report = JSON.parse(line) as { ok: boolean; requests: { name: string; error?: string }[] };
      expect(report.ok).toBe(true);
      expect(report.requests.map((r) => [r.name, r.error])).toEqual([
        ['Overview', undefined],
        ['Sources', undefined],
        ['Neighbourhood', undefined],
      ]);
    } finally {
      server.child.kill('SIGTERM');
      await server.exit;
      await server.cleanup();
    }
  }, 150_000);
});
