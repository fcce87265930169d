// The explorer in real Chromium (Debian's package, through the e2e harness), beside its baselines:
// - first view: navigation to the first force-laid-out picture, the explorer vs "naive Cytoscape"
//   (the same overview request, then Cytoscape's defaults and cose on the main thread);
// - the longest main-thread task and tasks over 200 ms while the graph arrives, and panning fps;
// - expanding a hub of 240 neighbours: from the request to the new nodes drawn;
// - the first-view layout engines compared on 1k, 5k and 20k entities, each in a worker;
// - stored positions (H3): the server's layout job on the same sizes, and the first view once it ran.
// Prints tables and writes bench-results/explorer-<timestamp>.json. Env: EXPLORER_BENCH_EXPAND_RUNS (3: pages per
// expansion row, the median shown), EXPLORER_BENCH_SIZES
// (1000,5000: the app's overview stops at 5000), EXPLORER_BENCH_ENGINE_SIZES (1000,5000,20000),
// EXPLORER_BENCH_NAIVE_MAX (1000: the largest size the naive baseline runs at).
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
import type { EngineName, EngineReply } from './explorer/page/engine-messages';
import { BENCH_PAGE_DIST, buildBenchPage } from './explorer/build-page';
import { expandHubToDrawn, instrumentedPage, longTasks, panFps } from './explorer/measure';
import { runStoredLayoutJob, type StoredLayoutJobResult } from './explorer/stored-layout';
import { cpuPressure, formatTable, loadAverage, writeBenchResult } from './results';

const sizes = (name: string, fallback: string) =>
  (process.env[name] ?? fallback)
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 1);
const APP_SIZES = sizes('EXPLORER_BENCH_SIZES', '1000,5000');
const ENGINE_SIZES = sizes('EXPLORER_BENCH_ENGINE_SIZES', '1000,5000,20000');
const ENGINES: EngineName[] = ['fcose-draft', 'forceatlas2'];
const HUB_LEAVES = 240;
// cose compares every pair of nodes on the main thread: at 1k it already freezes the page for over a
// minute on a loaded 2-core machine, so the baseline stops here (the table shows "-" above it).
const NAIVE_MAX = Number(process.env.EXPLORER_BENCH_NAIVE_MAX ?? 1000);
// One expansion is one page and one frame of the whole graph: its time varies by ±20 % between runs on
// this machine, so each expansion row is the median of this many pages (every run is in the JSON).
const EXPAND_RUNS = Math.max(1, Number(process.env.EXPLORER_BENCH_EXPAND_RUNS ?? 3));

await buildE2eClient();
await buildBenchPage();
const app: TestServer = await startTestServer();
const baseline: TestServer = await startTestServer({ clientDir: BENCH_PAGE_DIST });
const browser: Browser = await launchBrowser();
// As the server does after a change (S3-H3, server/warmup/): the first view's requests once, after the
// load and after the layout job. EXPLORER_BENCH_WARMUP=0 leaves it out (the server's FIRST_VIEW_WARMUP=false).
const WARMUP = process.env.EXPLORER_BENCH_WARMUP !== '0';
const warmup = new FirstViewWarmup({ fetch: (url, init) => app.app.fetch(url, init), logger: pino({ level: 'silent' }) });

afterAll(async () => {
  await browser.close();
  await baseline.close();
  await app.close();
});

const round = (ms: number) => Math.round(ms);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

async function measureApp(size: number) {
  const page = await instrumentedPage(browser, `${app.url}/?limit=${size}`);
  await page.waitForFunction(() => (window.jejaring?.layoutReports.length ?? 0) >= 1, undefined, { timeout: 600_000 });
  const report = (await page.evaluate(() => window.jejaring!.layoutReports[0]))!;
  await page.waitForFunction(() => window.benchPictureFrame !== undefined);
  const paintedMs = round(await page.evaluate(() => window.benchPictureFrame!));
  // Where the time before the layout went: the page's own files, and the overview's answer.
  const phases = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const end = (match: (name: string) => boolean) =>
      Math.round(Math.max(0, ...resources.filter((r) => match(r.name)).map((r) => r.responseEnd)));
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      scriptsLoadedMs: Math.round(nav?.domContentLoadedEventEnd ?? 0),
      graphqlDoneMs: end((name) => name.includes('/graphql')),
      // The Overview is the first GraphQL request the page sends (app/boot-request.ts); the last
      // answer (graphqlDoneMs) can be a later Health or Sources request.
      overviewAnsweredMs: Math.round(
        resources.filter((r) => r.name.includes('/graphql')).sort((a, b) => a.startTime - b.startTime)[0]?.responseEnd ?? NaN,
      ),
      workerLoadedMs: end((name) => name.includes('worker')),
    };
  });
  const tasks = await longTasks(page);
  const fps = await panFps(page);
  await page.close();
  return {
    ...phases,
    layoutStartedMs: round(report.startedAt),
    firstViewMs: round(report.startedAt + report.firstMs),
    paintedMs,
    finalMs: round(report.startedAt + report.totalMs),
    ...tasks,
    fps,
  };
}

async function measureNaive(size: number) {
  const page = await instrumentedPage(browser, `${baseline.url}/`);
  await page.waitForFunction(() => 'layoutBench' in window);
  const result = await page.evaluate((limit) => window.layoutBench.naive(limit), size);
  const tasks = await longTasks(page);
  const fps = await panFps(page);
  await page.close();
  return { firstViewMs: round(result.firstViewMs), finalMs: round(result.firstViewMs), ...tasks, fps };
}

/** Expands the hub of HUB_LEAVES neighbours at once (as a link with `exp=` asks), to all drawn. */
/**
 * The hub's expansion to drawn. `painted`: once the first picture is on screen (two animation frames
 * after the first layout report), as a reader who looks before clicking; without it the expansion
 * starts at the report, while the first view's picture frame (and, without stored positions, the
 * worker's final layout) is still to come.
 */
async function measureHubExpand(size: number, { painted = false } = {}): Promise<{ ms: number; runs: number[] }> {
  const runs: number[] = [];
  for (let run = 0; run < EXPAND_RUNS; run++) {
    const page = await instrumentedPage(browser, `${app.url}/?limit=${size}`);
    await page.waitForFunction(() => (window.jejaring?.layoutReports.length ?? 0) >= 1, undefined, { timeout: 600_000 });
    if (painted) await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    runs.push(round(await expandHubToDrawn(page, HUB_LEAVES)));
    await page.close();
  }
  return { ms: [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!, runs };
}

async function measureEngine(name: EngineName, size: number): Promise<EngineReply> {
  const seed = clusteredSeed(size);
  const graph = {
    nodes: (seed.entities ?? []).map((e) => e.id),
    edges: (seed.relations ?? []).map((r) => [r.from, r.to] as [string, string]),
  };
  const page = await instrumentedPage(browser, `${baseline.url}/`);
  await page.waitForFunction(() => 'layoutBench' in window);
  const reply = await page.evaluate(([engine, g]) => window.layoutBench.engine(engine, g), [name, graph] as const);
  await page.close();
  return reply;
}

let ran = false;

describe('explorer', () => {
  bench(
    `first view, long tasks, panning and hub expansion (${APP_SIZES.join(', ')}), layout engines (${ENGINE_SIZES.join(', ')})`,
    async () => {
      if (ran) throw new Error('the explorer bench runs once per vitest run');
      ran = true;
      const loadAverageStart = loadAverage();
      const pressureStart = cpuPressure();
      const appRows: Record<string, unknown>[] = [];
      for (const size of APP_SIZES) {
        await resetDatabase(app.executor);
        await loadSeed(app.executor, clusteredSeed(size));
        await loadSeed(app.executor, hubSeed(HUB_LEAVES));
        if (WARMUP) await warmup.run();
        const explorer = await measureApp(size);
        const naive = size <= NAIVE_MAX ? await measureNaive(size) : null;
        const hubExpandMs = await measureHubExpand(size);
        const paintedHubExpandMs = await measureHubExpand(size, { painted: true });
        // The same graph once the server's layout job has stored its positions.
        const job = await runStoredLayoutJob(app.executor);
        if (WARMUP) await warmup.run();
        const stored = await measureApp(size);
        const storedHubExpandMs = await measureHubExpand(size, { painted: true });
        appRows.push({ size, explorer, naive, hubExpandMs, paintedHubExpandMs, job, stored, storedHubExpandMs });
      }
      const engineRows: (EngineReply & { size: number })[] = [];
      for (const size of ENGINE_SIZES) for (const name of ENGINES) engineRows.push({ size, ...(await measureEngine(name, size)) });
      const jobRows: (StoredLayoutJobResult & { size: number })[] = [];
      for (const size of ENGINE_SIZES) {
        await resetDatabase(app.executor);
        await loadSeed(app.executor, clusteredSeed(size));
        jobRows.push({ size, ...(await runStoredLayoutJob(app.executor)) });
      }
      const table = formatTable(
        ['entities', 'measure', 'explorer', 'naive Cytoscape', 'ratio'],
        appRows.flatMap((row) => {
          const e = row.explorer as Awaited<ReturnType<typeof measureApp>>;
          const n = row.naive as Awaited<ReturnType<typeof measureNaive>> | null;
          const pair = (a: number, b: number | undefined): (string | number)[] => (b === undefined ? [a, '-', '-'] : [a, b, ratio(a, b)]);
          return [
            [row.size as number, 'overview answered, ms', ...pair(e.overviewAnsweredMs, undefined)],
            [row.size as number, 'first force-laid-out picture, ms', ...pair(e.firstViewMs, n?.firstViewMs)],
            // The worker's report comes once the layout is final: after the refinement, up to 1,200 entities.
            [row.size as number, 'final layout painted (the frame after the report), ms', e.paintedMs, '-', '-'],
            [row.size as number, 'final layout, ms', ...pair(e.finalMs, n?.finalMs)],
            [row.size as number, 'longest main-thread task, ms', ...pair(e.longestMs, n?.longestMs)],
            [row.size as number, 'tasks over 200 ms', ...pair(e.over200, n?.over200)],
            [row.size as number, 'panning, fps', ...pair(e.fps, n?.fps)],
            [row.size as number, `expand a hub of ${HUB_LEAVES}, ms to drawn (median)`, (row.hubExpandMs as { ms: number }).ms, '-', '-'],
            [
              row.size as number,
              `expand a hub of ${HUB_LEAVES} once painted, ms to drawn (median)`,
              (row.paintedHubExpandMs as { ms: number }).ms,
              '-',
              '-',
            ],
            ...storedRows(row.size as number, row.stored as Awaited<ReturnType<typeof measureApp>>, e),
            [
              row.size as number,
              `stored positions: expand a hub of ${HUB_LEAVES} once painted, ms to drawn (median)`,
              (row.storedHubExpandMs as { ms: number }).ms,
              '-',
              '-',
            ],
          ];
        }),
      );
      const engines = formatTable(
        ['entities', 'engine (in a worker)', 'layout ms', 'edge length spread', 'crowded nodes'],
        engineRows.map((r) => [r.size, r.name, round(r.layoutMs), r.edgeLengthSpread.toFixed(2), `${Math.round(r.overlapShare * 100)}%`]),
      );
      const jobs = formatTable(
        ['entities', 'relations', 'layout', 'total ms', 'read ms', 'compute ms', 'write ms', 'Node CPU ms'],
        jobRows.map((r) => [r.size, r.relations, `fcose ${r.quality}`, r.totalMs, r.readMs, r.computeMs, r.writeMs, r.cpuMs]),
      );
      const path = writeBenchResult('explorer', {
        loadAverage: { start: loadAverageStart, end: loadAverage() },
        cpuPressure: { start: pressureStart, end: cpuPressure() },
        firstViewWarmup: WARMUP,
        app: appRows,
        engines: engineRows,
        storedLayoutJobs: jobRows,
      });
      console.log(`\n${table}\n\n${engines}\n\nload average ${loadAverageStart.join(' ')} → ${loadAverage().join(' ')}\n${path}`);
      console.log(`\nstored layout job (server, worker thread)\n${jobs}`);
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});

/** The first view from stored positions, beside the same page laying out in its worker (the ratio). */
function storedRows(
  size: number,
  stored: { firstViewMs: number; paintedMs: number; overviewAnsweredMs: number; longestMs: number },
  computed: { firstViewMs: number },
) {
  return [
    [size, 'stored positions: overview answered, ms', stored.overviewAnsweredMs, '-', '-'],
    [
      size,
      'stored positions: first picture, ms (vs the worker layout)',
      stored.firstViewMs,
      computed.firstViewMs,
      ratio(stored.firstViewMs, computed.firstViewMs),
    ],
    [size, 'stored positions: first picture painted (the frame after the report), ms', stored.paintedMs, '-', '-'],
    [size, 'stored positions: longest main-thread task, ms', stored.longestMs, '-', '-'],
  ];
}
