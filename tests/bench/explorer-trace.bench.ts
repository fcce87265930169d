// Where the explorer's time goes, in real Chromium (Debian's package, through the e2e harness), for
// two moments of issue 12: the first view's boot path (navigation → script → overview request sent →
// answered → elements drawn → first picture) and expanding a hub of 240 members (`#exp=test-hub:240`,
// the way a shared link asks for it). Each page's fetch() calls are timed by operation name, and the
// expansion runs under the Chrome DevTools protocol's sampling profiler: the table lists the functions
// with the most self time. Prints tables and writes bench-results/explorer-trace-<timestamp>.json.
// Env: EXPLORER_TRACE_SIZES (1000,5000), EXPLORER_TRACE_RUNS (3: boot and expansion each, median shown),
// EXPLORER_TRACE_BEFORE (a folder with another e2e build of the client, e.g. an older commit's: served
// by a second server on the same database and run interleaved with this one, for before/after ratios
// measured under the same load), EXPLORER_TRACE_STORED=1 (run the server's layout job on each graph
// first, so the first view draws stored positions: the 1k first view of issue 12's goal).
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, bench, describe } from 'vitest';
import { FirstViewWarmup } from '../../server/warmup/first-view-warmup';
import { clusteredSeed, hubSeed } from '../fixtures/generate-seed';
import { launchBrowser } from '../helpers/browser';
import { buildE2eClient } from '../helpers/e2e-client';
import { loadSeed } from '../helpers/load-seed';
import { resetDatabase } from '../helpers/test-app';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { expandHubToDrawn } from './explorer/measure';
import { runStoredLayoutJob } from './explorer/stored-layout';
import { startProfile, stopProfile, type Profiling } from './explorer/cpu-profile';
import { bootTimeline, type BootTimeline, type FunctionTime, type Profile, selfTimes, tracedPage } from './explorer/trace';
import { cpuPressure, formatTable, loadAverage, writeBenchResult } from './results';

const SIZES = (process.env.EXPLORER_TRACE_SIZES ?? '1000,5000')
  .split(',')
  .map(Number)
  .filter((n) => n > 1);
const RUNS = Math.max(1, Number(process.env.EXPLORER_TRACE_RUNS ?? 3));
const HUB_LEAVES = 240;
const STORED = process.env.EXPLORER_TRACE_STORED === '1';

await buildE2eClient();
const app: TestServer = await startTestServer();
const beforeDir = process.env.EXPLORER_TRACE_BEFORE;
const before: TestServer | null = beforeDir ? await startTestServer({ clientDir: beforeDir }) : null;
const variants = [{ name: 'this', server: app }, ...(before ? [{ name: 'before', server: before }] : [])];
const browser: Browser = await launchBrowser();
// As the server does after a change (S3-H3, server/warmup/): without it the first boot after the
// load or the layout job waited seconds for Neo4j to plan the Overview. EXPLORER_TRACE_WARMUP=0: without.
const WARMUP = process.env.EXPLORER_TRACE_WARMUP !== '0';
const warmup = new FirstViewWarmup({ fetch: (url, init) => app.app.fetch(url, init), logger: pino({ level: 'silent' }) });

afterAll(async () => {
  await browser.close();
  await before?.close();
  await app.close();
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Opens the explorer under the CPU profiler (started on a page of the same origin, before navigation). */
async function openExplorer(server: TestServer, size: number): Promise<{ page: Page; profiling: Profiling }> {
  let profiling: Profiling | undefined;
  const page = await tracedPage(browser, `${server.url}/?limit=${size}`, async (blank) => {
    await blank.goto(`${server.url}/healthz`);
    profiling = await startProfile(blank, 1000);
  });
  await page.waitForFunction(() => (window.jejaring?.layoutReports.length ?? 0) >= 1, undefined, { timeout: 600_000 });
  return { page, profiling: profiling! };
}

/** Where the main thread's time went in each phase of the boot: total time of our and Cytoscape's functions. */
async function bootPhases(page: Page, profiling: Profiling, boot: BootTimeline) {
  const marks = [0, boot.overviewSentMs, boot.overviewBodyMs, boot.pictureFrameMs];
  const names = ['navigation → overview sent', 'overview sent → answered', 'answered → picture painted'];
  const spans = names.map((_, i) => ({ start: marks[i]!, duration: marks[i + 1]! - marks[i]! }));
  const profiles = await stopProfile(page, profiling, 0, 24, spans);
  // (root) and (idle) say nothing about where the work went.
  const work = (fn: string) => !fn.startsWith('(root)') && !fn.startsWith('(idle)');
  return names.map((name, i) => ({
    name,
    ms: Math.round(spans[i]!.duration),
    inclusive: (profiles[i]?.inclusive ?? []).filter((t) => work(t.fn)),
  }));
}

/** One expansion under the profiler: ms to all members drawn, the requests it made, the profile. */
async function traceExpansion(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.evaluate(() => (window.benchFetches = []));
  await cdp.send('Profiler.start');
  const ms = await expandHubToDrawn(page, HUB_LEAVES);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.detach();
  const fetches = await page.evaluate(() => window.benchFetches ?? []);
  // Inclusive times of the bundle's named functions (class methods keep their names when minified).
  const named = selfTimes(profile, true).filter((t) => /^(index|main)-/.test(t.where) && t.name.length > 3);
  return { ms: Math.round(ms), fetches, top: selfTimes(profile).slice(0, 12), inclusive: named.slice(0, 30) };
}

let ran = false;

describe('explorer trace', () => {
  bench(
    `boot timeline and hub expansion (${SIZES.join(', ')}), ${RUNS} runs each`,
    async () => {
      if (ran) throw new Error('the explorer trace runs once per vitest run');
      ran = true;
      const loadAverageStart = loadAverage();
      type Row = {
        size: number;
        client: string;
        boots: BootTimeline[];
        phases: Awaited<ReturnType<typeof bootPhases>>[];
        expansions: Awaited<ReturnType<typeof traceExpansion>>[];
      };
      const rows: Row[] = [];
      for (const size of SIZES) {
        await resetDatabase(app.executor);
        await loadSeed(app.executor, clusteredSeed(size));
        await loadSeed(app.executor, hubSeed(HUB_LEAVES));
        if (STORED) await runStoredLayoutJob(app.executor);
        if (WARMUP) await warmup.run();
        const sized: Row[] = variants.map((v) => ({ size, client: v.name, boots: [], phases: [], expansions: [] }));
        // Interleaved: each run opens every client once, so load changes hit them alike.
        for (let run = 0; run < RUNS; run++) {
          for (const [i, variant] of variants.entries()) {
            const { page, profiling } = await openExplorer(variant.server, size);
            const boot = await bootTimeline(page);
            sized[i]!.boots.push(boot);
            sized[i]!.phases.push(await bootPhases(page, profiling, boot));
            sized[i]!.expansions.push(await traceExpansion(page));
            await page.close();
          }
        }
        rows.push(...sized);
      }
      const bootKeys = Object.keys(rows[0]?.boots[0] ?? {}) as (keyof BootTimeline)[];
      const boot = formatTable(
        ['entities', 'client', ...bootKeys.map(String)],
        rows.map((r) => [r.size, r.client, ...bootKeys.map((k) => Math.round(median(r.boots.map((b) => b[k]))))]),
      );
      const expand = formatTable(
        ['entities', 'client', 'to drawn, ms (median)', 'runs', 'requests during it (ms)'],
        rows.map((r) => {
          const mid = [...r.expansions].sort((a, b) => a.ms - b.ms)[Math.floor(r.expansions.length / 2)]!;
          return [
            r.size,
            r.client,
            mid.ms,
            r.expansions.map((e) => e.ms).join(' '),
            mid.fetches.map((f) => `${f.name} ${Math.round(f.end - f.start)}`).join(', '),
          ];
        }),
      );
      const bootProfiles = rows
        .map((r) => {
          // The run whose picture came at the median time.
          const order = r.boots.map((b, i) => [b.pictureFrameMs, i] as const).sort((a, b) => a[0] - b[0]);
          const phases = r.phases[order[Math.floor(order.length / 2)]![1]]!;
          return phases
            .map(
              (p) =>
                `${r.size} entities, ${r.client} client, ${p.name} (${p.ms} ms), total time:\n${p.inclusive.map((t) => `  ${t.fn} ${t.ms}`).join('\n')}`,
            )
            .join('\n');
        })
        .join('\n\n');
      const profiles = rows
        .map((r) => {
          const mid = [...r.expansions].sort((a, b) => a.ms - b.ms)[Math.floor(r.expansions.length / 2)]!;
          const table = (rows: FunctionTime[]) =>
            formatTable(
              ['function', 'where', 'ms'],
              rows.map((t) => [t.name, t.where, Math.round(t.ms)]),
            );
          return `${r.size} entities, ${r.client} client, expansion self time:\n${table(mid.top)}\n\ninclusive time:\n${table(mid.inclusive)}`;
        })
        .join('\n\n');
      const path = writeBenchResult('explorer-trace', {
        loadAverage: { start: loadAverageStart, end: loadAverage() },
        cpuPressure: cpuPressure(),
        rows,
      });
      console.log(
        `\nboot, ms since navigation (median of ${RUNS}):\n${boot}\n\n${bootProfiles}\n\nhub of ${HUB_LEAVES}:\n${expand}\n\n${profiles}\n\nload average ${loadAverageStart.join(' ')} → ${loadAverage().join(' ')}\n${path}`,
      );
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
