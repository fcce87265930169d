// Issue 12, "no main-thread task over 200 ms at 5k": in a big graph every frame that changes
// anything redraws all elements (Cytoscape's canvas), so the number of such frames a click or an
// expansion asks for is what these tests bound. Counted with Cytoscape's own events: "render" (a
// frame drawn), "resize" (the canvases re-matched to the container, which clears and redraws them
// all) and "viewport" (a pan or zoom: an animated one emits one per frame).
import type { NodeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { emptyPoint, expandHubByLink, type Explorer, screenPoint, startExplorer, until, waitForLayout } from './support/explorer';
import { generatedSeed } from './support/generated-graph';
import { hubSeed } from './support/hub-seed';

interface Counts {
  render: number;
  resize: number;
  viewport: number;
}

/** Starts counting the canvas's events from zero. */
async function countEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { counts: Counts; lastRender: number; counting?: boolean };
    w.counts = { render: 0, resize: 0, viewport: 0 };
    w.lastRender = performance.now();
    if (w.counting) return;
    w.counting = true;
    const cy = window.jejaring!.canvas.cy!;
    for (const name of ['render', 'resize', 'viewport'] as const)
      cy.on(name, () => {
        w.counts[name]++;
        if (name === 'render') w.lastRender = performance.now();
      });
  });
}

/** The counts once the canvas has drawn nothing for `quietMs` (every frame the change asked for is in). */
async function countsWhenQuiet(page: Page, quietMs = 800): Promise<Counts> {
  await page.waitForFunction((ms) => performance.now() - (window as unknown as { lastRender: number }).lastRender > ms, quietMs, {
    timeout: 30_000,
    polling: 100,
  });
  return page.evaluate(() => ({ ...(window as unknown as { counts: Counts }).counts }));
}

async function detailsLoaded(page: Page, id: string): Promise<void> {
  await until(() => page.evaluate((nodeId) => window.jejaring!.store.get().details[nodeId]?.status ?? 'none', id)).toBe('loaded');
}

/** Moves a node into the middle of the view without a click (the view is still when this returns). */
async function centre(page: Page, id: string): Promise<void> {
  // A block, not an expression: page.evaluate would serialise the Core that center() returns.
  await page.evaluate((nodeId) => {
    const cy = window.jejaring!.canvas.cy!;
    cy.center(cy.getElementById(nodeId));
  }, id);
  await countEvents(page);
  await countsWhenQuiet(page);
}

describe('explorer: frames drawn for a click and an expansion in a big graph', () => {
  let explorer: Explorer;
  let page: Page;
  let consoleErrors: string[];
  beforeAll(async () => {
    explorer = await startExplorer([generatedSeed(400), hubSeed(240)]);
    ({ page, consoleErrors } = await openPage(explorer.browser, `${explorer.server.url}/?limit=600`));
    await waitForLayout(page, 1);
  });
  afterAll(async () => {
    await explorer?.close();
  });

  it('selects a node with the details panel already open in at most four frames, without resizing the canvas', async () => {
    const drawn = await page.evaluate(() => window.jejaring!.canvas.cy!.elements().length);
    expect(drawn).toBeGreaterThan(1000); // a big graph's canvas
    // The two most connected entities but the hub.
    const [first, other] = await page.evaluate(() =>
      window
        .jejaring!.canvas.cy!.nodes()
        .filter((n) => n.id() !== 'test-hub')
        .sort((a, b) => (b as NodeSingular).degree(false) - (a as NodeSingular).degree(false))
        .slice(0, 2)
        .map((n) => n.id()),
    );
    // The first selection opens the details panel (the canvas narrows once).
    await centre(page, first!);
    const start = await screenPoint(page, first!);
    await page.mouse.click(start.x, start.y);
    await detailsLoaded(page, first!);
    // A second node, selected while the panel stays open: the canvas keeps its size.
    await centre(page, other!);
    const point = await screenPoint(page, other!);
    await page.mouse.move(point.x, point.y);
    await countsWhenQuiet(page);
    await countEvents(page);
    await page.mouse.down();
    await page.mouse.up();
    await until(() => page.evaluate(() => window.jejaring!.store.get().selection?.id ?? null)).toBe(other!);
    await detailsLoaded(page, other!);
    const counts = await countsWhenQuiet(page);
    // Mouse down (Cytoscape marks the node active), mouse up with the selection's classes and its
    // labels, and the details arriving: each store change used to re-match the canvases (a full
    // redraw each), and the label plan landed one frame after the selection. Cytoscape may draw one
    // more frame of its own when it rebuilds its texture cache, hence four.
    expect(counts.resize).toBe(0);
    expect(counts.render).toBeLessThanOrEqual(4);
    expect(counts.render).toBeGreaterThanOrEqual(1);
    expect(consoleErrors).toEqual([]);
  });

  it('names the node under the mouse in the tooltip without redrawing the graph', async () => {
    const id = await page.evaluate(
      () =>
        window
          .jejaring!.canvas.cy!.nodes()
          .filter((n) => n.id() !== 'test-hub' && !n.hasClass('sel'))
          .max((n) => (n as NodeSingular).degree(false))
          .ele.id() as string,
    );
    await centre(page, id);
    const away = await emptyPoint(page);
    await page.mouse.move(away.x, away.y);
    await countsWhenQuiet(page);
    await countEvents(page);
    const point = await screenPoint(page, id);
    await page.mouse.move(point.x, point.y);
    const label = await page.evaluate((nodeId) => String(window.jejaring!.canvas.cy!.getElementById(nodeId).data('label')), id);
    await until(() => page.locator('#graph-tip').textContent()).toContain(label);
    await page.mouse.move(away.x, away.y);
    await until(() => page.locator('#graph-tip').isHidden()).toBe(true);
    const counts = await countsWhenQuiet(page);
    // Before: the hover class on and off again, each a full redraw of every element.
    expect(counts.render).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('expands the hub and brings its members into view with one viewport change, not an animation', async () => {
    // No selection before or after (the link selects nothing): the details panel stays closed.
    const empty = await emptyPoint(page);
    await page.mouse.click(empty.x, empty.y);
    await until(() => page.evaluate(() => window.jejaring!.store.get().selection)).toBe(null);
    await countEvents(page);
    await countsWhenQuiet(page);
    await countEvents(page);
    await expandHubByLink(page, 240);
    const counts = await countsWhenQuiet(page);
    expect(counts.viewport).toBeLessThanOrEqual(1);
    expect(counts.resize).toBe(0);
    expect(counts.render).toBeLessThanOrEqual(4);
    expect(consoleErrors).toEqual([]);
  });
});
