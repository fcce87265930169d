// Issue 12, "a first view in under a second": the first view's Overview request leaves before the
// explorer's big bundle (Cytoscape, the views) has arrived, let alone been parsed and evaluated. The
// page's entry (client/src/boot.ts) is a small chunk that sends the request, then imports the rest.
// Here every script holding Cytoscape is held back by the browser's request routing until the
// Overview request has gone out (or a deadline passed): with one bundle, the request never could.
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForLayout, startExplorer, type Explorer } from './support/explorer';

/** A string only Cytoscape's code holds (the class of its container; see server/http/security-headers.ts). */
const CYTOSCAPE_MARK = '__________cytoscape_container';
/** How long a Cytoscape script is held at most when no Overview request comes (then the test fails). */
const HOLD_MS = 10_000;

describe('explorer: the overview request is sent before the big bundle', () => {
  let explorer: Explorer;
  let page: Page;
  const consoleErrors: string[] = [];
  const events: string[] = [];

  beforeAll(async () => {
    explorer = await startExplorer();
    page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    let overviewSent: () => void = () => undefined;
    const overview = new Promise<void>((resolve) => (overviewSent = resolve));
    page.on('request', (request) => {
      if (request.method() === 'POST' && /query\s+Overview\b/.test(request.postData() ?? '')) {
        events.push('overview sent');
        overviewSent();
      }
    });
    await page.route('**/*.js', async (route: Route) => {
      const response = await route.fetch();
      const body = await response.text();
      const file = new URL(route.request().url()).pathname;
      if (body.includes(CYTOSCAPE_MARK)) {
        events.push(`held ${file}`);
        await Promise.race([overview, new Promise((resolve) => setTimeout(resolve, HOLD_MS))]);
        events.push(`released ${file}`);
      }
      await route.fulfill({ response, body });
    });
    await page.goto(`${explorer.server.url}/`);
    await waitForLayout(page, 1);
  });
  afterAll(async () => {
    expect(consoleErrors).toEqual([]);
    await explorer?.close();
  });

  it('sends the Overview request while the scripts with Cytoscape are still on their way', () => {
    const held = events.filter((e) => e.startsWith('held'));
    expect(held.length).toBeGreaterThan(0);
    const sent = events.indexOf('overview sent');
    const firstRelease = events.findIndex((e) => e.startsWith('released'));
    expect(sent, events.join(', ')).toBeGreaterThanOrEqual(0);
    expect(sent, events.join(', ')).toBeLessThan(firstRelease);
  });

  it('still draws the whole overview from the one request', async () => {
    const counts = await page.evaluate(() => {
      const cy = window.jejaring!.canvas.cy!;
      return { nodes: cy.nodes().length, overviews: window.jejaring!.store.get().data.overview.length };
    });
    expect(counts.nodes).toBeGreaterThan(0);
    expect(counts.nodes).toBe(counts.overviews);
  });
});
