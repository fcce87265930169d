// Issue 12 (S3-H3): the 1k first view with and without the server's first-view warm-up
// (server/warmup/), in turns on the same server, Neo4j and Chromium, so that load hits both alike.
// Each page starts from Neo4j's plan cache emptied (`db.clearQueryCaches()`: what a change that
// makes Neo4j plan again, such as the layout job's first positions, or a fresh Neo4j leaves); with
// the warm-up, the server has sent the explorer's first requests once before the page opens.
// Per page: the boot timeline (ms since navigation) and what Neo4j spent planning and running the
// page's Overview and Sources statements (db.stats' QUERIES section: compile and execution time),
// then the hub's 240 members expanded at once (ms to drawn, and the Neighbourhood's compile time).
// `npm run bench -- tests/bench/first-view-warmup.bench.ts`; env WARMUP_BENCH_SIZE (1000),
// WARMUP_BENCH_ROUNDS (5). The graph is the explorer bench's (clusteredSeed + a hub of 240) with
// stored positions.
import pino from 'pino';
import type { Browser } from 'playwright-core';
import { afterAll, bench, describe } from 'vitest';
import { FirstViewWarmup } from '../../server/warmup/first-view-warmup';
import { clusteredSeed, hubSeed } from '../fixtures/generate-seed';
import { launchBrowser } from '../helpers/browser';
import { buildE2eClient } from '../helpers/e2e-client';
import { loadSeed } from '../helpers/load-seed';
import { resetDatabase } from '../helpers/test-app';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { runStoredLayoutJob } from './explorer/stored-layout';
import { expandHubToDrawn } from './explorer/measure';
import { bootTimeline, tracedPage } from './explorer/trace';
import { formatTable, loadAverage, writeBenchResult } from './results';

const SIZE = Number(process.env.WARMUP_BENCH_SIZE ?? 1000);
const ROUNDS = Math.max(1, Number(process.env.WARMUP_BENCH_ROUNDS ?? 5));

await buildE2eClient();
const app: TestServer = await startTestServer();
const browser: Browser = await launchBrowser();
const warmup = new FirstViewWarmup({ fetch: (url, init) => app.app.fetch(url, init), logger: pino({ level: 'silent' }) });
afterAll(async () => {
  await browser.close();
  await app.close();
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const cypher = (query: string) => app.driver.executeQuery(query);

interface Statement {
  query: string;
  invocations: { elapsedCompileTimeInUs: number; elapsedExecutionTimeInUs: number }[];
}

/** Neo4j's compile and execution ms of the page's first Overview and Sources statements. */
async function neo4jTimes() {
  const { records } = await cypher("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
  const all = records.map((r) => r.get('data') as Statement);
  const first = (match: RegExp) => {
    const invocation = all.find((s) => match.test(s.query))?.invocations[0];
    const ms = (us: number | undefined) => Math.round(Number(us ?? NaN) / 1000);
    return { compileMs: ms(invocation?.elapsedCompileTimeInUs), executeMs: ms(invocation?.elapsedExecutionTimeInUs) };
  };
  return {
    overview: first(/^\s*CALL \(\) \{\s*MATCH \(n:Entity\)/),
    sources: first(/^\s*MATCH \(s:Source\)\s*RETURN s \{/),
    neighbourhood: first(/^\s*MATCH \(start:Entity \{id: \$id\}\)/),
  };
}

async function openPage(warm: boolean) {
  await cypher('CALL db.clearQueryCaches()');
  const warmMs = warm ? (await warmup.run())?.ms : undefined;
  await cypher("CALL db.stats.stop('QUERIES')").catch(() => undefined);
  await cypher("CALL db.stats.clear('QUERIES')");
  await cypher("CALL db.stats.collect('QUERIES')");
  const page = await tracedPage(browser, `${app.url}/?limit=${SIZE}`);
  await page.waitForFunction(() => (window.jejaring?.layoutReports.length ?? 0) >= 1, undefined, { timeout: 600_000 });
  const boot = await bootTimeline(page);
  const preset = await page.evaluate(() => window.jejaring!.layoutReports[0]!.preset === true);
  // Then the hub's 240 members at once (the warm-up expanded the most connected entity: the hub).
  const expandMs = await expandHubToDrawn(page, 240);
  await page.close();
  if (!preset) throw new Error('the page laid out instead of drawing the stored positions');
  return { warm, warmMs, boot, expandMs, neo4j: await neo4jTimes() };
}

let ran = false;

describe('first view warm-up', () => {
  bench(
    `${SIZE} entities, with and without the warm-up, ${ROUNDS} rounds in turns`,
    async () => {
      if (ran) throw new Error('the warm-up bench runs once per vitest run');
      ran = true;
      const loadAverageStart = loadAverage();
      await resetDatabase(app.executor);
      await loadSeed(app.executor, clusteredSeed(SIZE));
      await loadSeed(app.executor, hubSeed(240));
      await runStoredLayoutJob(app.executor);
      // One page of each first: Node's and the JVM's code warm, as on a server that has served before.
      await openPage(true);
      await openPage(false);
      const pages: Awaited<ReturnType<typeof openPage>>[] = [];
      // Alternating which goes first, so neither always follows the other.
      for (let round = 0; round < ROUNDS; round++)
        for (const warm of round % 2 ? [true, false] : [false, true]) pages.push(await openPage(warm));
      const rows = [false, true].map((warm) => {
        const mine = pages.filter((p) => p.warm === warm);
        const m = (pick: (p: (typeof mine)[number]) => number) => Math.round(median(mine.map(pick)));
        return [
          warm ? 'with warm-up' : 'without',
          m((p) => p.boot.overviewSentMs),
          m((p) => p.boot.overviewBodyMs),
          m((p) => p.boot.overviewBodyMs - p.boot.overviewSentMs),
          m((p) => p.neo4j.overview.compileMs),
          m((p) => p.neo4j.overview.executeMs),
          m((p) => p.neo4j.sources.compileMs),
          m((p) => p.boot.pictureFrameMs),
          mine.map((p) => Math.round(p.boot.pictureFrameMs)).join(' '),
          m((p) => p.neo4j.neighbourhood.compileMs),
          m((p) => p.expandMs),
        ];
      });
      const table = formatTable(
        [
          'server',
          'overview sent',
          'answered',
          'sent → answered',
          'Neo4j: overview compile',
          'overview run',
          'sources compile',
          'picture painted',
          'picture, each page',
          'Neighbourhood compile',
          'expand hub, to drawn',
        ],
        rows,
      );
      const path = writeBenchResult('first-view-warmup', {
        size: SIZE,
        rounds: ROUNDS,
        loadAverage: { start: loadAverageStart, end: loadAverage() },
        pages,
      });
      console.log(
        `\n${SIZE} entities, stored positions, ms since navigation (median of ${ROUNDS}); Neo4j's compile/run ms of the page's statements\n${table}\n\nload average ${loadAverageStart.join(' ')} → ${loadAverage().join(' ')}\n${path}`,
      );
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
