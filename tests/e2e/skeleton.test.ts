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
});
