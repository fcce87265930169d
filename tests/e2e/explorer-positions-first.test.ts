// Issue 12, "no frozen page", on the path where the browser lays the graph out itself (no stored
// positions): a big first drawing waits for the layout worker's positions, then adds every node where
// it ends up. No node moves once it is on the canvas, the view is fitted once, before the first frame
// with nodes, and the layout report is the worker's. Before, the nodes were added on a placeholder
// grid, fitted to it, then moved to the worker's positions 1,000 a frame and fitted again (frames of
// 350 ms at 5k entities). 1,300 entities: above REFINE_LIMIT (1,200), so the draft is the final
// layout and nothing is to move after it. A watcher registered before the page's first script looks
// at every animation frame.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusteredSeed } from '../fixtures/generate-seed';
import { launchBrowser } from '../helpers/browser';
import { loadSeed } from '../helpers/load-seed';
import { resetDatabase } from '../helpers/test-app';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { waitForLayout } from './support/explorer';

const ENTITIES = 1300;

interface Watch {
  /** Per frame with nodes drawn: how many, the viewport, and how many reports so far. */
  frames: { nodes: number; zoom: number; pan: { x: number; y: number }; reports: number }[];
  /** Each node's position when a frame first saw it. */
  firstSeen: Record<string, { x: number; y: number }>;
  /** Nodes found elsewhere than where a frame first saw them. */
  moved: string[];
  /** Texts the canvas's progress overlay showed while no node was drawn yet. */
  progressBeforeNodes: string[];
}

declare global {
  interface Window {
    positionsFirst?: Watch;
  }
}

async function watchFirstDrawing(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const watch: Watch = { frames: [], firstSeen: {}, moved: [], progressBeforeNodes: [] };
    window.positionsFirst = watch;
    const step = () => {
      const cy = window.jejaring?.canvas.cy;
      const reports = window.jejaring?.layoutReports.length ?? 0;
      const nodes = cy?.nodes().length ?? 0;
      if (cy && nodes > 0) {
        cy.nodes().forEach((n) => {
          const seen = watch.firstSeen[n.id()];
          const at = n.position();
          if (!seen) watch.firstSeen[n.id()] = { x: at.x, y: at.y };
          else if ((Math.abs(seen.x - at.x) > 1e-6 || Math.abs(seen.y - at.y) > 1e-6) && !watch.moved.includes(n.id()))
            watch.moved.push(n.id());
        });
        watch.frames.push({ nodes, zoom: cy.zoom(), pan: { ...cy.pan() }, reports });
      } else {
        const progress = document.querySelector<HTMLElement>('.canvas-progress');
        if (progress && !progress.hidden && !watch.progressBeforeNodes.includes(progress.textContent ?? ''))
          watch.progressBeforeNodes.push(progress.textContent ?? '');
      }
      // Two frames after the first report: the picture as it stays.
      if (watch.frames.filter((f) => f.reports > 0).length < 2) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

async function firstDrawing(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string, errors: string[]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => errors.push(error.message));
  await watchFirstDrawing(page);
  await page.goto(url);
  await waitForLayout(page, 1);
  await page.waitForFunction(() => (window.positionsFirst?.frames ?? []).filter((f) => f.reports > 0).length >= 2);
  const watch = await page.evaluate(() => window.positionsFirst!);
  const final = await page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.jejaring!.canvas.cy!.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  });
  const report = await page.evaluate(() => window.jejaring!.layoutReports[0]!);
  return { page, watch, final, report };
}

describe('explorer: a big first drawing without stored positions is drawn where the worker puts it', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const errors: string[] = [];
  let first: Awaited<ReturnType<typeof firstDrawing>>;

  beforeAll(async () => {
    server = await startTestServer();
    await resetDatabase(server.executor);
    // No layout job runs: the nodes have no stored positions, so the browser lays them out.
    await loadSeed(server.executor, clusteredSeed(ENTITIES));
    browser = await launchBrowser();
    first = await firstDrawing(browser, `${server.url}/?limit=${ENTITIES}`, errors);
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it('reports the layout as the worker’s, and says it lays out while nothing is drawn', () => {
    expect(first.report).toMatchObject({ name: 'fcose', worker: true, nodes: ENTITIES });
    expect(first.report.preset).toBeUndefined();
    expect(first.report.totalMs).toBeGreaterThanOrEqual(first.report.firstMs);
    expect(first.watch.progressBeforeNodes).toContain(`Laying out ${ENTITIES.toLocaleString('en')} entities…`);
  });

  it('moves no node once it is drawn', () => {
    expect(Object.keys(first.final)).toHaveLength(ENTITIES);
    expect(Object.keys(first.watch.firstSeen)).toHaveLength(ENTITIES);
    expect(first.watch.moved.slice(0, 5)).toEqual([]);
    const elsewhere = Object.entries(first.final).filter(([id, at]) => {
      const seen = first.watch.firstSeen[id]!;
      return Math.abs(seen.x - at.x) > 1e-6 || Math.abs(seen.y - at.y) > 1e-6;
    });
    expect(elsewhere.slice(0, 5)).toEqual([]);
    // A force layout, not a grid: the nodes are spread over many distinct spots.
    expect(new Set(Object.values(first.final).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBeGreaterThan(ENTITIES * 0.9);
  });

  it('fits the view once, before the first frame with nodes', () => {
    const frames = first.watch.frames;
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) expect({ zoom: frame.zoom, pan: frame.pan }).toEqual({ zoom: frames[0]!.zoom, pan: frames[0]!.pan });
  });

  it('keeps a re-layout and a filter asked while it waits: one layout, of the filtered graph, drawn in place', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => errors.push(error.message));
    await watchFirstDrawing(page);
    // In the frame that first shows the wait (so surely during it): "Re-layout" (the same graph, newer
    // options: it waits on), then hide one relation type (another graph: it starts again).
    await page.addInitScript(() => {
      const act = () => {
        const progress = document.querySelector<HTMLElement>('.canvas-progress');
        if (!progress || progress.hidden || !progress.textContent?.startsWith('Laying out')) return void requestAnimationFrame(act);
        document.getElementById('relayout')!.click();
        document.getElementById('rel-filter-SUPPORTS')!.click();
        document.body.dataset.actedWhileWaiting = String(window.jejaring?.canvas.cy?.nodes().length ?? 0);
      };
      requestAnimationFrame(act);
    });
    await page.goto(`${server.url}/?limit=${ENTITIES}`);
    await waitForLayout(page, 1);
    await page.waitForFunction(() => (window.positionsFirst?.frames ?? []).filter((f) => f.reports > 0).length >= 2);
    const result = await page.evaluate(() => {
      const cy = window.jejaring!.canvas.cy!;
      return {
        acted: document.body.dataset.actedWhileWaiting,
        reports: window.jejaring!.layoutReports,
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        supports: cy.edges().filter((e) => e.data('type') === 'SUPPORTS').length,
        moved: window.positionsFirst!.moved,
        zooms: new Set(window.positionsFirst!.frames.map((f) => f.zoom)).size,
      };
    });
    expect(result.acted).toBe('0'); // nothing was drawn yet when both were asked
    expect(result.reports).toHaveLength(1);
    expect(result.reports[0]).toMatchObject({ worker: true, nodes: ENTITIES, edges: result.edges });
    expect(result.edges).toBeGreaterThan(0);
    expect(result.supports).toBe(0);
    expect(result.moved.slice(0, 5)).toEqual([]);
    expect(result.zooms).toBe(1);
    await page.close();
  });

  it('gives the same graph the same positions on a second load', async () => {
    const second = await firstDrawing(browser, `${server.url}/?limit=${ENTITIES}`, errors);
    const shift = Math.max(
      ...Object.entries(first.final).map(([id, at]) => {
        const other = second.final[id];
        return other ? Math.hypot(other.x - at.x, other.y - at.y) : Infinity;
      }),
    );
    expect(shift).toBeLessThan(1e-6);
    await second.page.close();
  });
});
