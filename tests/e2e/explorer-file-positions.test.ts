// Issue 10: positions from a Cytoscape file are the explorer's initial layout. The desktop `.cyjs`
// goes into an empty database through the API; the explorer then draws every node where the file
// put it (Cytoscape's preset layout, fitted: only pan and zoom differ from the file).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser';
import { resetDatabase } from '../helpers/test-app';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { drawnNodes, importSeed, modelPosition, screenPoint, waitForLayout } from './support/explorer';

interface DesktopNode {
  data: { name: string | string[] };
  position: { x: number; y: number };
}
const desktop = JSON.parse(readFileSync('tests/fixtures/formats/cytoscape-desktop/konteks-putin-pyongyang.cyjs', 'utf8')) as {
  elements: { nodes: DesktopNode[] };
};

describe("explorer: a Cytoscape file's positions are the initial layout", () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let consoleErrors: string[] = [];
  let created: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    await resetDatabase(server.executor);
    created = await importSeed(server, desktop, 'CYTOSCAPE');
    browser = await launchBrowser();
    const opened = await openPage(browser, `${server.url}/`);
    ({ page, consoleErrors } = opened);
    await waitForLayout(page, 1);
  });
  afterAll(async () => {
    expect(consoleErrors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it("draws every node at the file's position, up to one pan and zoom", async () => {
    expect(await drawnNodes(page)).toEqual([...created].sort());
    expect(await page.evaluate(() => window.jejaring?.layoutReports[0]?.preset)).toBe(true);
    // Each drawn node's label is its name: the file's (first) name.
    const labels = await page.evaluate(() => window.jejaring?.canvas.cy?.nodes().map((n) => [n.id(), String(n.data('label'))]) ?? []);
    const idOf = new Map(labels.map(([id, label]) => [label, id]));
    const firstName = (name: string | string[]) => (Array.isArray(name) ? name[0]! : name);
    const ids = desktop.elements.nodes.map((node) => idOf.get(firstName(node.data.name))!);
    expect(ids.every((id) => id !== undefined)).toBe(true);
    const filePositions = desktop.elements.nodes.map((node) => node.position);
    const model = await Promise.all(ids.map((id) => modelPosition(page, id)));
    model.forEach((position, i) => {
      expect(position.x).toBeCloseTo(filePositions[i]!.x, 6);
      expect(position.y).toBeCloseTo(filePositions[i]!.y, 6);
    });
    // On screen: the same arrangement, scaled by the zoom and shifted by the pan.
    const screen = await Promise.all(ids.map((id) => screenPoint(page, id)));
    const zoom = await page.evaluate(() => window.jejaring?.canvas.cy?.zoom() ?? 0);
    const [a, b] = [0, filePositions.findIndex((p) => p.x !== filePositions[0]!.x)];
    expect((screen[b]!.x - screen[a]!.x) / (filePositions[b]!.x - filePositions[a]!.x)).toBeCloseTo(zoom, 2);
    const xOrder = (points: { x: number }[]) => points.map((_, i) => i).sort((i, j) => points[i]!.x - points[j]!.x || i - j);
    const yOrder = (points: { y: number }[]) => points.map((_, i) => i).sort((i, j) => points[i]!.y - points[j]!.y || i - j);
    expect(xOrder(screen)).toEqual(xOrder(filePositions));
    expect(yOrder(screen)).toEqual(yOrder(filePositions));
  });
});
