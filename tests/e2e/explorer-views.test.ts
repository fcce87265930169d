// Point 7: the URL holds the view (selection, expanded set, filters, layout, focus, path) and a
// reload restores it; export as PNG, SVG and Cytoscape JSON that the seed loader imports back.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser';
import { TEST_TOKEN } from '../helpers/test-app';
import {
  ARTICLE_SEED,
  clickNode,
  details,
  drawnEdges,
  drawnNodes,
  openExplorer,
  waitForLayout,
  type Explorer,
  until,
  useExplorerPage,
} from './support/explorer';

async function download(page: Page, button: string): Promise<Buffer> {
  await page.getByText('Export', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile(await file.path());
}

describe('explorer: shareable views and export', () => {
  let explorer: Explorer;
  let page: Page;
  useExplorerPage((session) => ({ explorer, page } = session));

  it('puts the view in the URL and restores it on reload', async () => {
    await page.getByLabel('Layout').selectOption('circle');
    await page.getByRole('button', { name: /^Place/ }).click();
    await clickNode(page, 'abc-news');
    await details(page).getByRole('button', { name: 'Hide', exact: true }).click();
    await clickNode(page, 'north-korea');
    await details(page).getByRole('button', { name: 'Expand', exact: true }).click();
    await until(() => page.url()).toContain('exp=north-korea');
    const url = new URL(page.url());
    const params = new URLSearchParams(url.hash.slice(1));
    expect(params.get('layout')).toBe('circle');
    expect(params.get('types')).toBe('Place');
    expect(params.get('hide')).toBe('abc-news');
    expect(params.get('sel')).toBe('n:north-korea');
    expect(params.get('exp')).toMatch(/^north-korea:\d+$/);
    const nodes = await drawnNodes(page);
    const edges = await drawnEdges(page);
    // A fresh page (as when a link is shared) shows the same view.
    const { page: shared, consoleErrors: sharedErrors } = await openExplorer(explorer, `/${url.hash}`);
    await until(() => drawnNodes(shared)).toEqual(nodes);
    expect(await drawnEdges(shared)).toEqual(edges);
    expect(await shared.getByLabel('Layout').inputValue()).toBe('circle');
    expect(await shared.evaluate(() => window.jejaring?.layoutReports[0]?.name)).toBe('circle');
    await until(() => details(shared).getByRole('heading', { level: 2 }).textContent()).toBe('North Korea');
    expect(await shared.getByRole('button', { name: /^Place/ }).getAttribute('aria-pressed')).toBe('false');
    await screenshot(shared, '07-restored-view');
    // Reload restores too.
    await shared.reload();
    await waitForLayout(shared, 1);
    await until(() => drawnNodes(shared)).toEqual(nodes);
    expect(sharedErrors).toEqual([]);
    await shared.close();
  });

  it('exports PNG, SVG and Cytoscape JSON that imports back', async () => {
    await page.getByRole('button', { name: 'Reset view' }).click();
    await until(() => drawnNodes(page)).toHaveLength(ARTICLE_SEED.entities.length);
    const png = await download(page, 'PNG image');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
    const svg = (await download(page, 'SVG image')).toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('>Leif-Eric Easley</text>');
    expect(svg).toContain('Putin&apos;s visit');
    expect(svg.match(/<line /g)?.length).toBe(ARTICLE_SEED.relations.length);
    const json = JSON.parse((await download(page, 'Cytoscape JSON')).toString('utf8')) as {
      elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] };
      data: { sources: { id: string }[] };
    };
    expect(json.elements.nodes).toHaveLength(ARTICLE_SEED.entities.length);
    expect(json.elements.edges).toHaveLength(ARTICLE_SEED.relations.length);
    const edge = json.elements.edges.find((e) => e.data.id === 'leif-eric-easley--AFFILIATED_WITH--ewha-womans-university');
    expect(edge?.data).toMatchObject({
      source: 'leif-eric-easley',
      target: 'ewha-womans-university',
      type: 'AFFILIATED_WITH',
      label: 'AFFILIATED_WITH',
    });
    expect((edge?.data.evidence as unknown[]).length).toBeGreaterThan(0);
    expect(json.data.sources.map((s) => s.id)).toEqual(['konteks-2024-06-18-putin-pyongyang']);
    // The loader takes it back: a dry run finds nothing new and no errors.
    const result = await explorer.server.graphql<{
      importSeed: { ok: boolean; errors: unknown[]; entitiesCreated: number; relationsCreated: number };
    }>(
      'mutation($seed: JSON!) { importSeed(seed: $seed, format: CYTOSCAPE, dryRun: true) { ok errors { path message } entitiesCreated relationsCreated } }',
      { seed: json },
      TEST_TOKEN,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importSeed).toEqual({ ok: true, errors: [], entitiesCreated: 0, relationsCreated: 0 });
  });
});
