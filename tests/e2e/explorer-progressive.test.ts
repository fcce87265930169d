// Issue 12, "no frozen page": a big graph is added to the canvas a chunk per frame, with progress
// shown while it arrives, and ends complete. (How long tasks take is measured in tests/bench.)
// Without stored positions it first waits for the layout worker's positions ("Laying out…",
// views/positions-first.ts), then adds the elements where they stay, a chunk per frame.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { loadSeed } from '../helpers/load-seed';
import { resetDatabase } from '../helpers/test-app';
import { startTestServer, type TestServer } from '../helpers/test-server';
import type { Browser } from 'playwright-core';
import { CHUNK_SIZE } from '../../client/src/views/chunked-add';
import { waitForLayout } from './support/explorer';
import { generatedSeed } from './support/generated-graph';

declare global {
  interface Window {
    progressSeen?: string[];
  }
}

describe('explorer: big graphs arrive in chunks', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows progress while 1,500 entities are laid out and drawn, then draws them all', async () => {
    await resetDatabase(server.executor);
    const seed = generatedSeed(1500);
    await loadSeed(server.executor, seed);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Records every text the progress line shows, from the first script on.
    await page.addInitScript(() => {
      window.progressSeen = [];
      new MutationObserver(() => {
        const progress = document.querySelector('.canvas-progress');
        const text = progress && !(progress as HTMLElement).hidden ? (progress.textContent ?? '') : '';
        if (text && window.progressSeen!.at(-1) !== text) window.progressSeen!.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.goto(`${server.url}/?limit=1500`);
    await waitForLayout(page, 1);
    const total = 1500 + (seed.relations?.length ?? 0);
    const seen = await page.evaluate(() => window.progressSeen ?? []);
    expect(seen[0]).toBe('Laying out 1,500 entities…');
    const counts = seen
      .slice(1)
      .map((text) => /^Drawing ([\d,]+) of ([\d,]+) elements…$/.exec(text))
      .map((m) => (m ? { done: Number(m[1]!.replace(/,/g, '')), of: Number(m[2]!.replace(/,/g, '')) } : null));
    expect(counts.every((c) => c !== null)).toBe(true);
    // Several steps, growing, out of the whole graph.
    expect(counts.length).toBeGreaterThanOrEqual(3);
    expect(counts.every((c, i) => c!.of === total && (i === 0 || c!.done > counts[i - 1]!.done))).toBe(true);
    // The last step shown is the last chunk's start (the line hides in the same frame it completes).
    expect(counts.at(-1)!.done).toBeGreaterThanOrEqual(total - CHUNK_SIZE);
    expect(await page.locator('.canvas-progress').isHidden()).toBe(true);
    const drawn = await page.evaluate(() => ({
      nodes: window.jejaring!.canvas.cy!.nodes().length,
      edges: window.jejaring!.canvas.cy!.edges().length,
    }));
    expect(drawn).toEqual({ nodes: 1500, edges: seed.relations?.length });
    expect(errors).toEqual([]);
    await page.close();
  });
});
