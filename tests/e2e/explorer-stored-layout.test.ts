// Issue 12, "a first view in under a second": on a graph whose layout the server has stored
// (server/layout/), the explorer's first view draws the stored positions at once, with no layout
// run (the fcose worker is not asked), and places the few entities without one near a neighbour.
import pino from 'pino';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LayoutJob } from '../../server/layout/layout-job';
import { clusteredSeed } from '../fixtures/generate-seed';
import { launchBrowser, openPage } from '../helpers/browser';
import { loadSeed } from '../helpers/load-seed';
import { resetDatabase } from '../helpers/test-app';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { drawnNodes, waitForLayout } from './support/explorer';

// Above the client's WORKER_THRESHOLD (250): without stored positions fcose would run in its worker.
const ENTITIES = 400;
const LATE = ['late-0', 'late-1'];

describe('explorer: stored layout positions are the first view', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let consoleErrors: string[] = [];
  let layout: Map<string, { x: number; y: number } | null>;

  beforeAll(async () => {
    server = await startTestServer();
    await resetDatabase(server.executor);
    await loadSeed(server.executor, clusteredSeed(ENTITIES));
    const job = new LayoutJob({ executor: server.executor, logger: pino({ level: 'silent' }) });
    const report = await job.run();
    expect(report).toMatchObject({ entities: ENTITIES, unchanged: false });
    // Two entities arrive after the layout ran (loaded beside the API, so no new run): no stored position.
    const source = clusteredSeed(ENTITIES).sources![0]!;
    await loadSeed(server.executor, {
      version: 1,
      sources: [source],
      entities: LATE.map((id) => ({ id, type: 'Person', name: id })),
      relations: LATE.map((id) => ({
        type: 'KNOWS',
        from: id,
        to: 'gen-7',
        evidence: [{ source: source.id, quote: `${id} knows gen-7.` }],
      })),
    });
    const body = await server.graphql<{ graph: { nodes: { id: string; layout: { x: number; y: number } | null }[] } }>(
      `{ graph(limit: 1000) { nodes { id layout { x y } } } }`,
    );
    layout = new Map(body.data!.graph.nodes.map((n) => [n.id, n.layout]));
    expect(LATE.map((id) => layout.get(id))).toEqual([null, null]);
    browser = await launchBrowser();
    ({ page, consoleErrors } = await openPage(browser, `${server.url}/?limit=1000`));
    await waitForLayout(page, 1);
  });
  afterAll(async () => {
    expect(consoleErrors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it('draws every entity that has one at its stored position, without running a layout', async () => {
    expect(await drawnNodes(page)).toEqual([...layout.keys()].sort());
    expect(await page.evaluate(() => window.jejaring?.layoutReports[0])).toMatchObject({ preset: true, worker: false });
    const drawn = await page.evaluate(() =>
      Object.fromEntries(window.jejaring!.canvas.cy!.nodes().map((n) => [n.id(), { ...n.position() }])),
    );
    for (const [id, stored] of layout) {
      if (!stored) continue;
      expect(drawn[id]!.x).toBeCloseTo(stored.x, 6);
      expect(drawn[id]!.y).toBeCloseTo(stored.y, 6);
    }
  });

  it('places the entities without a stored position next to their neighbour', async () => {
    const drawn = await page.evaluate(() =>
      Object.fromEntries(window.jejaring!.canvas.cy!.nodes().map((n) => [n.id(), { ...n.position() }])),
    );
    const anchor = drawn['gen-7']!;
    for (const id of LATE) {
      const distance = Math.hypot(drawn[id]!.x - anchor.x, drawn[id]!.y - anchor.y);
      // On a ring around gen-7 (views/place-new-nodes.ts: radius spacing × (ring + ½), spacing 40 on
      // a big canvas, else 75), not wherever a layout would have put it.
      const onRing = [40, 75].some((spacing) => {
        const ring = distance / spacing - 0.5;
        return ring >= 0.5 && Math.abs(ring - Math.round(ring)) < 1e-6;
      });
      expect({ id, distance, onRing }).toEqual({ id, distance, onRing: true });
    }
  });
});
