// Shared e2e support for the explorer: a real server + Neo4j with the article seed, real Chromium,
// and helpers that read what the canvas draws (through window.jejaring) and click on real nodes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { SeedFile } from '../../../server/import/types';
import { launchBrowser, openPage } from '../../helpers/browser';
import { readArticleSeed } from '../../helpers/load-seed';
import { resetDatabase, TEST_TOKEN } from '../../helpers/test-app';
import { startTestServer, type TestServer } from '../../helpers/test-server';

// The article seed has all three lists; Required<> spares every user a `!`.
export const ARTICLE_SEED = readArticleSeed() as Required<SeedFile>;

const IMPORT = `mutation($seed: JSON!, $format: SeedFormat) { importSeed(seed: $seed, format: $format) { ok errors { path message } createdEntityIds } }`;

/** Loads a seed through the importSeed mutation (the API's own loader), failing loudly on errors. */
export async function importSeed(server: TestServer, seed: unknown, format = 'JSON'): Promise<string[]> {
  const result = await server.graphql<{ importSeed: { ok: boolean; errors: unknown[]; createdEntityIds: string[] } }>(
    IMPORT,
    { seed, format },
    TEST_TOKEN,
  );
  if (result.errors || !result.data?.importSeed.ok)
    throw new Error(`importSeed failed: ${JSON.stringify(result.errors ?? result.data?.importSeed.errors)}`);
  return result.data.importSeed.createdEntityIds;
}

export interface Explorer {
  server: TestServer;
  browser: Browser;
  close(): Promise<void>;
}

/** A server on an empty database loaded with the article seed (and `extra` seeds), plus a browser. */
export async function startExplorer(extra: unknown[] = []): Promise<Explorer> {
  const server = await startTestServer();
  await resetDatabase(server.executor);
  await importSeed(server, ARTICLE_SEED);
  for (const seed of extra) await importSeed(server, seed);
  const browser = await launchBrowser();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One explorer (server, browser, page) for a describe block: started in beforeAll, handed to
 * `receive`, and closed in afterAll after checking that the page logged no console errors.
 */
export function useExplorerPage(receive: (session: { explorer: Explorer; page: Page }) => void, extraSeeds: unknown[] = []): void {
  let explorer: Explorer | undefined;
  let consoleErrors: string[] = [];
  beforeAll(async () => {
    explorer = await startExplorer(extraSeeds);
    const opened = await openExplorer(explorer);
    consoleErrors = opened.consoleErrors;
    receive({ explorer, page: opened.page });
  });
  afterAll(async () => {
    expect(consoleErrors).toEqual([]);
    await explorer?.close();
  });
}

/** Opens the explorer at `path` and waits until the first layout has finished. */
export async function openExplorer(explorer: Explorer, path = '/') {
  const opened = await openPage(explorer.browser, `${explorer.server.url}${path}`);
  await waitForLayout(opened.page, 1);
  return opened;
}

export async function layoutCount(page: Page): Promise<number> {
  return page.evaluate(() => window.jejaring?.layoutReports.length ?? 0);
}

export async function waitForLayout(page: Page, count: number): Promise<void> {
  // A Playwright condition wait (expect.poll only works inside a test, and this also runs in beforeAll).
  await page.waitForFunction((n) => (window.jejaring?.layoutReports.length ?? 0) >= n, count, { timeout: 30_000 });
}

/** Ids of the nodes drawn on the canvas, sorted. */
export async function drawnNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.jejaring?.canvas.cy?.nodes().map((n) => n.id()) ?? []).sort());
}

export async function drawnEdges(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.jejaring?.canvas.cy?.edges().map((e) => e.id()) ?? []).sort());
}

export async function modelPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const node = window.jejaring?.canvas.cy?.getElementById(nodeId);
    if (!node || node.empty() || !node.isNode()) throw new Error(`node ${nodeId} is not drawn`);
    return { ...node.position() };
  }, id);
}

/** Page coordinates of a drawn node's centre, for real mouse clicks. */
export async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = window.jejaring?.canvas.cy;
    const node = cy?.getElementById(nodeId);
    if (!cy || !node || node.empty() || !node.isNode()) throw new Error(`node ${nodeId} is not drawn`);
    const box = cy.container()?.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
  }, id);
}

/** Centres the node in the viewport (so it is clickable) and clicks it with the real mouse. */
export async function clickNode(page: Page, id: string, clicks = 1): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await page.evaluate((nodeId) => {
      const cy = window.jejaring?.canvas.cy;
      cy?.stop(true, false);
      cy?.resize();
      cy?.center(cy.getElementById(nodeId));
    }, id);
    const point = await screenPoint(page, id);
    await page.mouse.click(point.x, point.y, { clickCount: clicks });
    // A click can miss while the canvas is still settling (panel opening, resize): check and retry.
    const hit = await page
      .waitForFunction(
        (nodeId) => {
          const s = window.jejaring?.store.get().selection;
          return s?.kind === 'node' && s.id === nodeId;
        },
        id,
        { timeout: 3000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (hit || attempt >= 2) return;
  }
}

/**
 * Page coordinates of a point where the mouse is over this edge. Candidate points along the edge are
 * tried with the real mouse until Cytoscape reports the edge under it (its mouseover, which the app
 * marks with the `hover` class); the mouse is moved away again before returning.
 */
export async function edgePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const candidates = await page.evaluate((edgeId) => {
    const cy = window.jejaring!.canvas.cy!;
    const edge = cy.getElementById(edgeId);
    cy.stop(true, false); // a running "centre on" animation would move the edge away again
    cy.resize();
    cy.center(edge);
    const s = edge.sourceEndpoint();
    const t = edge.targetEndpoint();
    const mid = edge.midpoint();
    const pan = cy.pan();
    const zoom = cy.zoom();
    const box = cy.container()!.getBoundingClientRect();
    return [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8].map((f) => {
      // A quadratic through the midpoint follows bezier-curved edges too.
      const x = (1 - f) ** 2 * s.x + 2 * (1 - f) * f * (2 * mid.x - (s.x + t.x) / 2) + f ** 2 * t.x;
      const y = (1 - f) ** 2 * s.y + 2 * (1 - f) * f * (2 * mid.y - (s.y + t.y) / 2) + f ** 2 * t.y;
      return { x: box.left + x * zoom + pan.x, y: box.top + y * zoom + pan.y };
    });
  }, id);
  const away = await emptyPoint(page);
  const hovered = (want: boolean, timeout: number) =>
    page
      .waitForFunction(([edgeId, on]) => window.jejaring?.canvas.cy?.getElementById(edgeId).hasClass('hover') === on, [id, want] as const, {
        timeout,
      })
      .then(
        () => true,
        () => false,
      );
  for (const point of candidates) {
    await page.mouse.move(point.x, point.y);
    const hit = await hovered(true, 2000);
    await page.mouse.move(away.x, away.y);
    if (!(await hovered(false, 5000))) throw new Error(`the mouse left ${id}, but it still shows as hovered`);
    if (hit) return point;
  }
  throw new Error(`no point found where the mouse is over ${id}`);
}

/** A point of the canvas with nothing drawn under it (for moving the mouse away). */
export async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const cy = window.jejaring!.canvas.cy!;
    const box = cy.container()!.getBoundingClientRect();
    const drawn = cy.elements().renderedBoundingBox();
    // Below or right of everything drawn, else the top-left corner.
    if (drawn.y2 + 10 < box.height) return { x: box.left + box.width / 2, y: box.top + drawn.y2 + 8 };
    if (drawn.x2 + 10 < box.width) return { x: box.left + drawn.x2 + 8, y: box.top + box.height / 2 };
    return { x: box.left + 3, y: box.top + 3 };
  });
}

export function details(page: Page) {
  return page.getByRole('region', { name: 'Details' });
}

/** Expands test-hub's first `count` members at once, as a shared link with `exp=` asks, and waits until all are drawn. */
export async function expandHubByLink(page: Page, count: number): Promise<void> {
  await page.evaluate((n) => {
    location.hash = `exp=test-hub:${n}`;
  }, count);
  await until(() =>
    page.evaluate(
      (n) =>
        Array.from({ length: n }, (_, i) => window.jejaring!.canvas.cy!.getElementById(`hub-member-${i + 1}`).nonempty()).every(Boolean),
      count,
    ),
  ).toBe(true);
}

/** expect.poll with room for a loaded 2-core machine (the default gives up after 1 s). */
export function until<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 15_000, interval: 50 });
}
