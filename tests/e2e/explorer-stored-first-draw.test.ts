// Issue 12, "a first view in under a second": a first view from stored positions (server/layout/) is
// drawn where it ends up from the first frame on: no frame shows a node anywhere but at its stored
// position, the view is fitted once (zoom and pan never change afterwards), and no Cytoscape layout
// runs. Before, a graph of more than 1,200 elements was added chunk by chunk on a placeholder grid,
// fitted to the grid, then moved by a preset layout and fitted again. A watcher registered before
// the page's first script records every animation frame from the moment the canvas has nodes.
import pino from 'pino';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LayoutJob } from '../../server/layout/layout-job';
import { clusteredSeed } from '../fixtures/generate-seed';
import { launchBrowser } from '../helpers/browser';
import { loadSeed } from '../helpers/load-seed';
import { resetDatabase } from '../helpers/test-app';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { waitForLayout } from './support/explorer';

// About 1,900 elements: more than the 1,200 the canvas adds in one task without stored positions.
const ENTITIES = 800;

interface Frame {
  nodes: number;
  misplaced: string[];
  zoom: number;
  pan: { x: number; y: number };
  layouts: number;
  reports: number;
}

declare global {
  interface Window {
    firstDrawFrames?: Frame[];
    storedLayout?: Record<string, { x: number; y: number }>;
  }
}

describe('explorer: a first view from stored positions is drawn in place', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const consoleErrors: string[] = [];
  let frames: Frame[] = [];
  let layout: Record<string, { x: number; y: number }>;

  beforeAll(async () => {
    server = await startTestServer();
    await resetDatabase(server.executor);
    await loadSeed(server.executor, clusteredSeed(ENTITIES));
    const report = await new LayoutJob({ executor: server.executor, logger: pino({ level: 'silent' }) }).run();
    expect(report).toMatchObject({ entities: ENTITIES, unchanged: false });
    const body = await server.graphql<{ graph: { nodes: { id: string; layout: { x: number; y: number } }[]; edges: unknown[] } }>(
      `{ graph(limit: 1000) { nodes { id layout { x y } } edges { id } } }`,
    );
    const graph = body.data!.graph;
    expect(graph.nodes.length + graph.edges.length).toBeGreaterThan(1200);
    layout = Object.fromEntries(graph.nodes.map((n) => [n.id, n.layout]));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.addInitScript((stored) => {
      window.storedLayout = stored;
      window.firstDrawFrames = [];
      let layouts = 0;
      let watched: unknown = null;
      const watch = () => {
        const cy = window.jejaring?.canvas.cy;
        const reports = window.jejaring?.layoutReports.length ?? 0;
        if (cy && cy.nodes().length > 0) {
          if (watched !== cy) {
            watched = cy;
            cy.on('layoutstart', () => layouts++);
          }
          const misplaced = cy
            .nodes()
            .filter((n) => {
              const at = stored[n.id()];
              return !at || Math.abs(n.position('x') - at.x) > 1e-6 || Math.abs(n.position('y') - at.y) > 1e-6;
            })
            .map((n) => n.id());
          window.firstDrawFrames!.push({ nodes: cy.nodes().length, misplaced, zoom: cy.zoom(), pan: { ...cy.pan() }, layouts, reports });
        }
        // Two frames after the first report: the picture as it stays.
        if (window.firstDrawFrames!.filter((f) => f.reports > 0).length < 2) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    }, layout);
    await page.goto(`${server.url}/?limit=1000`);
    await waitForLayout(page, 1);
    await page.waitForFunction(() => (window.firstDrawFrames ?? []).filter((f) => f.reports > 0).length >= 2);
    frames = await page.evaluate(() => window.firstDrawFrames!);
  });
  afterAll(async () => {
    expect(consoleErrors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it('shows every node at its stored position in every frame', () => {
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.at(-1)!.nodes).toBe(Object.keys(layout).length);
    for (const frame of frames)
      expect({ nodes: frame.nodes, misplaced: frame.misplaced.slice(0, 5) }).toEqual({ nodes: frame.nodes, misplaced: [] });
  });

  it('fits the view once, before the first frame, and runs no layout', async () => {
    const first = frames[0]!;
    for (const frame of frames)
      expect({ zoom: frame.zoom, pan: frame.pan, layouts: frame.layouts }).toEqual({ zoom: first.zoom, pan: first.pan, layouts: 0 });
    expect(await page.evaluate(() => window.jejaring!.layoutReports[0])).toMatchObject({ preset: true, worker: false });
  });
});
