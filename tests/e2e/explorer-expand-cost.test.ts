// Issue 12, "expanding a hub of 200+ neighbours ≤ 300 ms to drawn" and "a first view in under a
// second": what an expansion and the first view ask of the server and of Cytoscape. An expansion
// (a link's `#exp=`) fetches only the neighbourhood, not the overview again, and leaves the data of
// elements already drawn alone; the first request the page sends is the overview's.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { type Explorer, startExplorer, until, waitForLayout } from './support/explorer';
import { generatedSeed } from './support/generated-graph';
import { hubSeed } from './support/hub-seed';

/** The GraphQL operation names (or paths) of the page's requests, in the order they were sent. */
function recordRequests(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request: Request) => {
    const body = request.postData() ?? '';
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body)?.[1];
    const path = new URL(request.url()).pathname;
    if (path === '/graphql' || path === '/readyz' || path === '/healthz') sent.push(operation ?? path);
  });
  return sent;
}

describe('explorer: what an expansion and the first view cost', () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await startExplorer([generatedSeed(400), hubSeed(240)]);
  });
  afterAll(async () => {
    await explorer?.close();
  });

  it('expands a hub from a link with one Neighbourhood request, updating no element already drawn', async () => {
    // Over 1000 elements already: a big graph's canvas, as at the bench's 1k and 5k entities.
    const { page, consoleErrors } = await openPage(explorer.browser, `${explorer.server.url}/?limit=600`);
    await waitForLayout(page, 1);
    const sent = recordRequests(page);
    const drawnBefore = await page.evaluate(() => window.jejaring!.canvas.cy!.elements().length);
    expect(drawnBefore).toBeGreaterThan(1000);
    // Cytoscape's "data" event fires for every element whose data is set.
    await page.evaluate(() => {
      const w = window as unknown as { dataSet: string[]; cyBefore: unknown };
      w.dataSet = [];
      w.cyBefore = window.jejaring!.canvas.cy;
      window.jejaring!.canvas.cy!.on('data', (e) => w.dataSet.push(e.target.id()));
      location.hash = 'exp=test-hub:240';
    });
    await until(() => page.evaluate(() => window.jejaring!.canvas.cy!.nodes('[id ^= "hub-member-"]').length)).toBe(240);
    const { dataSet, sameCanvas } = await page.evaluate(() => {
      const w = window as unknown as { dataSet: string[]; cyBefore: unknown };
      return { dataSet: w.dataSet, sameCanvas: w.cyBefore === window.jejaring!.canvas.cy };
    });
    expect(sameCanvas).toBe(true);
    expect(sent.filter((name) => name !== '/readyz')).toEqual(['Neighbourhood']);
    // At most the hub itself: it came again with its neighbourhood.
    expect(dataSet.filter((id) => id !== 'test-hub')).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('sends the overview request first when the page starts', async () => {
    const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const sent = recordRequests(page);
    await page.goto(`${explorer.server.url}/?limit=300`);
    await waitForLayout(page, 1);
    expect(sent[0]).toBe('Overview');
    // The rest still comes: the sources, the server's version and the readiness poll.
    expect(sent).toEqual(expect.arrayContaining(['Sources', 'Health', '/readyz']));
    await page.close();
  });
});
