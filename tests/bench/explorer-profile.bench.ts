// Where the explorer's main thread goes at 5k entities: a CPU profile (Chrome DevTools protocol) of
// the first view (from navigation to the final layout) and of a click that selects a node, cut into
// the long tasks the page reported, each with its self and total time by function. The client is
// built unminified for this (so function names are Cytoscape's and ours), otherwise as the e2e build.
// Env: EXPLORER_PROFILE_SIZE (5000), EXPLORER_PROFILE_OVER_MS (200: the tasks listed).
// Prints the tasks and writes bench-results/explorer-profile-<timestamp>.json.
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
import { loadAverage, writeBenchResult } from './results';

const SIZE = Number(process.env.EXPLORER_PROFILE_SIZE ?? 5000);
const OVER_MS = Number(process.env.EXPLORER_PROFILE_OVER_MS ?? 200);
const DIST = fileURLToPath(new URL('../../node_modules/.cache/jejaring-profile-client/', import.meta.url));

const { build } = await import('vite');
await build({
  configFile: fileURLToPath(new URL('../../client/vite.config.ts', import.meta.url)),
  mode: 'e2e',
  logLevel: 'warn',
  build: { outDir: DIST, emptyOutDir: true, minify: false },
});
const app: TestServer = await startTestServer({ clientDir: DIST });
const browser: Browser = await launchBrowser();

afterAll(async () => {
  await browser.close();
  await app.close();
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

describe('explorer main thread', () => {
  bench(
    `CPU profile of the long tasks at ${SIZE} entities: first view, then a click`,
    async () => {
      await resetDatabase(app.executor);
      await loadSeed(app.executor, clusteredSeed(SIZE));
      await loadSeed(app.executor, hubSeed(240));
      const load = loadAverage();
      const page = await instrumentedPage(browser, `${app.url}/?limit=${SIZE}`);
      let session = await startProfile(page);
      await page.waitForFunction(() => (window.jejaring?.layoutReports.length ?? 0) >= 1, undefined, { timeout: 600_000 });
      const firstView = await stopProfile(page, session, OVER_MS);
      const clickFrom = await page.evaluate(() => performance.now());
      session = await startProfile(page);
      await clickNode(page, 'test-hub');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const click = (await stopProfile(page, session, OVER_MS)).filter((t) => t.startMs >= clickFrom);
      await page.close();
      const path = writeBenchResult('explorer-profile', {
        size: SIZE,
        overMs: OVER_MS,
        loadAverage: [load, loadAverage()],
        firstView,
        click,
      });
      console.log(`\n${print('first view', firstView)}\n${print('click', click)}\nload average ${load.join(' ')}\n${path}`);
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
