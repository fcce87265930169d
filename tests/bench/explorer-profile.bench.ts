// Where the explorer's main thread goes at 5k entities: a CPU profile (Chrome DevTools protocol) of
// the first view (from navigation to the final layout) and of a click that selects a node, cut into
// the long tasks the page reported, each with its self and total time by function. The client is
// built unminified for this (so function names are Cytoscape's and ours), otherwise as the e2e build.
// EXPLORER_PROFILE_BASE=<git revision> also builds that revision's client and profiles both in
// turns, in the same run, on the same data (before/after on a noisy machine).
// Env: EXPLORER_PROFILE_SIZE (5000), EXPLORER_PROFILE_OVER_MS (200: the tasks listed),
// EXPLORER_PROFILE_ROUNDS (1), EXPLORER_PROFILE_STORED=1 (the server's layout job runs first: the default path). Prints the tasks and writes bench-results/explorer-profile-<timestamp>.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, bench, describe } from 'vitest';
import { clusteredSeed, hubSeed } from '../fixtures/generate-seed';
import { launchBrowser } from '../helpers/browser';
import { loadSeed } from '../helpers/load-seed';
import { resetDatabase } from '../helpers/test-app';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { clickNode } from '../e2e/support/explorer';
import { startProfile, stopProfile, type TaskProfile } from './explorer/cpu-profile';
import { instrumentedPage } from './explorer/measure';
import { runStoredLayoutJob } from './explorer/stored-layout';
import { formatTable, loadAverage, writeBenchResult } from './results';

const SIZE = Number(process.env.EXPLORER_PROFILE_SIZE ?? 5000);
const OVER_MS = Number(process.env.EXPLORER_PROFILE_OVER_MS ?? 200);
const ROUNDS = Number(process.env.EXPLORER_PROFILE_ROUNDS ?? 1);
const BASE = process.env.EXPLORER_PROFILE_BASE;
// EXPLORER_PROFILE_STORED=1: run the server's layout job first, so the first view draws stored positions (the default path).
const STORED = process.env.EXPLORER_PROFILE_STORED === '1';
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));

/** Builds the client of `root` (a checkout's folder) unminified into `outDir`. */
async function buildClient(root: string, outDir: string): Promise<string> {
  const { build } = await import('vite');
  await build({
    configFile: `${root}/client/vite.config.ts`,
    mode: 'e2e',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false },
  });
  return outDir;
}

/** The client folder of a git revision, extracted under node_modules/.cache (so its imports resolve). */
function checkoutClient(revision: string): string {
  const root = `${CACHE}jejaring-profile-base-src`;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const archive = execFileSync('git', ['archive', revision, 'client'], { cwd: fileURLToPath(new URL('../../', import.meta.url)) });
  execFileSync('tar', ['-x', '-C', root], { input: archive });
  return root;
}

const clients: { name: string; server: TestServer }[] = [];
if (BASE) {
  const dist = await buildClient(checkoutClient(BASE), `${CACHE}jejaring-profile-base-client`);
  clients.push({ name: `base ${BASE}`, server: await startTestServer({ clientDir: dist }) });
}
const dist = await buildClient(fileURLToPath(new URL('../../', import.meta.url)), `${CACHE}jejaring-profile-client`);
clients.push({ name: 'this checkout', server: await startTestServer({ clientDir: dist }) });
const browser: Browser = await launchBrowser();

afterAll(async () => {
  await browser.close();
  for (const client of clients) await client.server.close();
});

function print(title: string, tasks: TaskProfile[]): string {
  const lines = [`${title}: ${tasks.length} tasks over ${OVER_MS} ms`];
  for (const task of tasks) {
    lines.push(`  task at ${task.startMs} ms, ${task.durationMs} ms`);
    lines.push(`    self:  ${task.top.map((t) => `${t.fn} ${t.ms}`).join(' | ')}`);
    lines.push(`    total: ${task.inclusive.map((t) => `${t.fn} ${t.ms}`).join(' | ')}`);
  }
  return lines.join('\n');
}

async function profileOnce(url: string) {
  const page = await instrumentedPage(browser, `${url}/?limit=${SIZE}`);
  let profiling = await startProfile(page);
  await page.waitForFunction(() => (window.jejaring?.layoutReports.length ?? 0) >= 1, undefined, { timeout: 600_000 });
  const report = (await page.evaluate(() => window.jejaring!.layoutReports[0]))!;
  const firstView = await stopProfile(page, profiling, OVER_MS);
  const clickFrom = await page.evaluate(() => performance.now());
  profiling = await startProfile(page);
  await clickNode(page, 'test-hub');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const click = (await stopProfile(page, profiling, OVER_MS)).filter((t) => t.startMs >= clickFrom);
  const all = await page.evaluate(() => window.benchLongTaskEntries ?? []);
  await page.close();
  const sum = (tasks: { duration: number }[]) => Math.round(tasks.reduce((s, t) => s + t.duration, 0));
  const before = all.filter((t) => t.start < clickFrom);
  const after = all.filter((t) => t.start >= clickFrom);
  return {
    firstViewMs: Math.round(report.startedAt + report.firstMs),
    finalMs: Math.round(report.startedAt + report.totalMs),
    longestMs: Math.round(Math.max(0, ...before.map((t) => t.duration))),
    over200: before.filter((t) => t.duration > 200).length,
    longTaskSumMs: sum(before),
    clickLongestMs: Math.round(Math.max(0, ...after.map((t) => t.duration))),
    clickOver200: after.filter((t) => t.duration > 200).length,
    clickLongTaskSumMs: sum(after),
    firstView,
    click,
  };
}

describe('explorer main thread', () => {
  bench(
    `CPU profile of the long tasks at ${SIZE} entities: first view, then a click`,
    async () => {
      await resetDatabase(clients[0]!.server.executor);
      await loadSeed(clients[0]!.server.executor, clusteredSeed(SIZE));
      await loadSeed(clients[0]!.server.executor, hubSeed(240));
      if (STORED) await runStoredLayoutJob(clients[0]!.server.executor);
      const load = loadAverage();
      const runs: ({ client: string; round: number } & Awaited<ReturnType<typeof profileOnce>>)[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        // Alternate who goes first: the machine's load drifts during a run.
        const order = round % 2 === 0 ? clients : [...clients].reverse();
        for (const client of order) runs.push({ client: client.name, round, ...(await profileOnce(client.server.url)) });
      }
      const table = formatTable(
        [
          'client',
          'round',
          'first view ms',
          'longest task ms',
          'tasks > 200 ms',
          'long tasks sum ms',
          'click: longest',
          'click: > 200',
          'click: sum',
        ],
        runs.map((r) => [
          r.client,
          r.round,
          r.firstViewMs,
          r.longestMs,
          r.over200,
          r.longTaskSumMs,
          r.clickLongestMs,
          r.clickOver200,
          r.clickLongTaskSumMs,
        ]),
      );
      const path = writeBenchResult('explorer-profile', { size: SIZE, overMs: OVER_MS, loadAverage: [load, loadAverage()], runs });
      const last = runs[runs.length - 1]!;
      console.log(
        `\n${print(`first view (${last.client})`, last.firstView)}\n${print(`click (${last.client})`, last.click)}\n\n${table}\nload average ${load.join(' ')} → ${loadAverage().join(' ')}\n${path}`,
      );
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
