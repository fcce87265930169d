// Issue 13, finding 5 ("a shared link or a reload shows a different picture") and issue 12's hub
// expansion: the same data and URL give the same arrangement (on the page and in the layout worker),
// a viewport in the URL comes back on reload, and expanding a big hub moves nothing already drawn.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { type Explorer, startExplorer, until, waitForLayout } from './support/explorer';
import { generatedSeed } from './support/generated-graph';
import { hubSeed } from './support/hub-seed';

type Positions = Record<string, { x: number; y: number }>;

/** Every drawn node's position on screen (rendered), after the first layout is final. */
async function loadPositions(explorer: Explorer, path: string): Promise<{ page: Page; positions: Positions; errors: string[] }> {
  const { page, consoleErrors } = await openPage(explorer.browser, `${explorer.server.url}${path}`);
  await waitForLayout(page, 1);
  const positions = await renderedPositions(page);
  return { page, positions, errors: consoleErrors };
}

function renderedPositions(page: Page): Promise<Positions> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.jejaring!.canvas.cy!.nodes().forEach((n) => {
      out[n.id()] = { ...n.renderedPosition() };
    });
    return out;
  });
}

function modelPositions(page: Page): Promise<Positions> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.jejaring!.canvas.cy!.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  });
}

/** The largest distance between the same node in two pictures (Infinity when the node sets differ). */
function largestShift(a: Positions, b: Positions): number {
  const ids = Object.keys(a);
  if (ids.length !== Object.keys(b).length || ids.some((id) => !b[id])) return Infinity;
  return Math.max(...ids.map((id) => Math.hypot(a[id]!.x - b[id]!.x, a[id]!.y - b[id]!.y)));
}

describe('explorer: stable pictures', () => {
  let explorer: Explorer;
  beforeAll(async () => {
    // The article (35 entities: laid out on the page) plus a 400-entity graph (laid out in the worker).
    explorer = await startExplorer([generatedSeed(400), hubSeed(240)]);
  });
  afterAll(async () => {
    await explorer?.close();
  });

  it('gives the article the same picture on two loads of one URL (layout on the page)', async () => {
    const path = '/#focus=vladimir-putin:2';
    const first = await loadPositions(explorer, path);
    const second = await loadPositions(explorer, path);
    expect(Object.keys(first.positions).length).toBeGreaterThan(10);
    expect(largestShift(first.positions, second.positions)).toBeLessThan(0.5);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.page.close();
    await second.page.close();
  });

  it('gives 600 entities the same picture on two loads of one URL (layout in the worker)', async () => {
    const path = '/?limit=600';
    const first = await loadPositions(explorer, path);
    const second = await loadPositions(explorer, path);
    const report = await first.page.evaluate(() => window.jejaring!.layoutReports[0]);
    expect(report?.worker).toBe(true);
    expect(Object.keys(first.positions).length).toBe(600);
    expect(largestShift(first.positions, second.positions)).toBeLessThan(0.5);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.page.close();
    await second.page.close();
  });

  it('keeps the zoom and pan the user chose in the URL, and a reload shows them again', async () => {
    const { page, consoleErrors } = await openPage(explorer.browser, `${explorer.server.url}/#focus=vladimir-putin:2`);
    await waitForLayout(page, 1);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
    // Well past the fitted zoom, so that Fit visibly changes it below.
    await page.mouse.wheel(0, -400);
    await page.mouse.wheel(0, -400);
    await page.mouse.wheel(0, -400);
    // Drag on empty canvas: the top-left corner is outside the fitted picture's padding.
    await page.mouse.move(box.x + 8, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + 90, box.y + 60, { steps: 8 });
    await page.mouse.up();
    await until(() => page.evaluate(() => /[#&]vp=/.test(location.hash))).toBe(true);
    const chosen = await page.evaluate(() => ({ zoom: window.jejaring!.canvas.cy!.zoom(), ...window.jejaring!.canvas.cy!.pan() }));
    // Wait until the URL holds the settled viewport (it is written once panning stops).
    await until(() => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('vp'))).toBe(
      [Number(chosen.zoom.toPrecision(6)), Math.round(chosen.x * 10) / 10, Math.round(chosen.y * 10) / 10].join(','),
    );
    const before = await renderedPositions(page);
    const url = page.url();
    const reloaded = await loadPositions(explorer, url.slice(explorer.server.url.length));
    const after = await reloaded.page.evaluate(() => ({ zoom: window.jejaring!.canvas.cy!.zoom(), ...window.jejaring!.canvas.cy!.pan() }));
    expect(after.zoom).toBeCloseTo(chosen.zoom, 4);
    expect(Math.abs(after.x - chosen.x)).toBeLessThan(0.5);
    expect(Math.abs(after.y - chosen.y)).toBeLessThan(0.5);
    // Not the fitted view: the zoom the user chose differs from it.
    await reloaded.page.locator('#fit').click();
    await until(() => reloaded.page.evaluate(() => location.hash.includes('vp='))).toBe(false);
    expect(await reloaded.page.evaluate(() => window.jejaring!.canvas.cy!.zoom())).not.toBeCloseTo(chosen.zoom, 2);
    expect(largestShift(before, reloaded.positions)).toBeLessThan(0.5);
    expect([...consoleErrors, ...reloaded.errors]).toEqual([]);
    await page.close();
    await reloaded.page.close();
  });

  it('expands a hub of 240 neighbours around it, moving nothing already drawn', async () => {
    const { page, consoleErrors } = await openPage(explorer.browser, `${explorer.server.url}/?limit=60`);
    await waitForLayout(page, 1);
    const before = await modelPositions(page);
    expect(before['test-hub']).toBeDefined();
    // Everything of the hub at once, the way a shared link with this expansion asks for it.
    await page.evaluate(() => {
      location.hash = 'exp=test-hub:240';
    });
    await until(() => page.evaluate(() => window.jejaring!.canvas.cy!.nodes('[id ^= "hub-member-"]').length)).toBe(240);
    const after = await modelPositions(page);
    for (const [id, p] of Object.entries(before)) expect(after[id], id).toEqual(p);
    // The new ones surround the hub: in every quarter around it, and nearer to it than to the rest.
    const hub = after['test-hub']!;
    const added = Object.keys(after).filter((id) => !before[id]);
    expect(added.length).toBeGreaterThan(150);
    const quarters = new Set(
      added.map((id) => Math.floor(((Math.atan2(after[id]!.y - hub.y, after[id]!.x - hub.x) + Math.PI) / (Math.PI / 2)) % 4)),
    );
    expect([...quarters].sort()).toEqual([0, 1, 2, 3]);
    const centroid = added.reduce((c, id) => ({ x: c.x + after[id]!.x / added.length, y: c.y + after[id]!.y / added.length }), {
      x: 0,
      y: 0,
    });
    const radius = Math.max(...added.map((id) => Math.hypot(after[id]!.x - hub.x, after[id]!.y - hub.y)));
    expect(Math.hypot(centroid.x - hub.x, centroid.y - hub.y)).toBeLessThan(radius * 0.25);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
