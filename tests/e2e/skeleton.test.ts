import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/test-server';

describe('the page in real Chromium', () => {
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

  it('opens, draws the Cytoscape canvas and shows which Neo4j it runs on', async () => {
    const { page, consoleErrors } = await openPage(browser, server.url);
    await page.locator('#graph canvas').first().waitFor({ state: 'attached' });
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 20_000 }).toMatch(/Neo4j 5\./);
    await screenshot(page, 'skeleton');
    expect(consoleErrors).toEqual([]);
  });

  it('keeps the count of loaded entities in view when the status line is cut short at 1280 px', async () => {
    const { page } = await openPage(browser, server.url);
    await page.setViewportSize({ width: 1280, height: 800 });
    const status = page.locator('#status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/entities loaded.*Neo4j 5\.|Neo4j 5\..*entities loaded/);
    // Where the words "entities loaded" end, against the line's visible right edge.
    const ends = await status.evaluate((element) => {
      const text = element.firstChild as Text;
      const at = text.data.indexOf('entities loaded') + 'entities loaded'.length;
      const range = document.createRange();
      range.setStart(text, at - 1);
      range.setEnd(text, at);
      return { word: range.getBoundingClientRect().right, box: element.getBoundingClientRect().right };
    });
    expect(ends.word).toBeLessThanOrEqual(ends.box);
  });
});
