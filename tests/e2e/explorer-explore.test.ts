// Point 4: expand (double-click or button) with a cap and "show more", collapse, hide, focus mode,
// filters by entity type, relation type and source, and undo/redo of each (buttons and keys).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser';
import { ARTICLE_SEED, clickNode, details, drawnEdges, drawnNodes, waitForLayout, until, useExplorerPage } from './support/explorer';
import { HUB_SOURCE, hubSeed } from './support/hub-seed';

const members = (ids: string[]) => ids.filter((id) => id.startsWith('hub-member-')).length;

/** The article's entities within `depth` relations of `start` (computed from the seed file). */
function hops(start: string, depth: number): string[] {
  const relations = ARTICLE_SEED.relations as { from: string; to: string }[];
  let seen = new Set([start]);
  for (let d = 0; d < depth; d++) {
    const next = new Set(seen);
    for (const r of relations) {
      if (seen.has(r.from)) next.add(r.to);
      if (seen.has(r.to)) next.add(r.from);
    }
    seen = next;
  }
  return [...seen].sort();
}

describe('explorer: explore, filter, undo', () => {
  let page: Page;
  useExplorerPage((session) => ({ page } = session), [hubSeed(40)]);

  it('starts from one entity, expands by double-click with a cap, then shows more', async () => {
    await clickNode(page, 'test-hub');
    await details(page).getByRole('button', { name: 'Start from here' }).click();
    await until(() => drawnNodes(page)).toEqual(['test-hub']);
    const hub = await page.evaluate(() => ({ ...window.jejaring!.canvas.cy!.getElementById('test-hub').position() }));
    await clickNode(page, 'test-hub', 2);
    await until(async () => members(await drawnNodes(page))).toBe(25);
    // New nodes appear near their parent, which did not move.
    const spread = await page.evaluate(() => {
      const cy = window.jejaring!.canvas.cy!;
      const p = cy.getElementById('test-hub').position();
      return Math.max(...cy.nodes().map((n) => Math.hypot(n.position('x') - p.x, n.position('y') - p.y)));
    });
    expect(spread).toBeLessThan(600);
    expect(await page.evaluate(() => ({ ...window.jejaring!.canvas.cy!.getElementById('test-hub').position() }))).toEqual(hub);
    await screenshot(page, '04-expanded-capped');
    await details(page).getByRole('button', { name: 'Show more' }).click();
    await until(async () => members(await drawnNodes(page))).toBe(40);
    expect(await details(page).getByRole('button', { name: 'Show more' }).count()).toBe(0);
  });

  it('collapses, and undoes and redoes with buttons and Ctrl+Z / Ctrl+Shift+Z', async () => {
    await details(page).getByRole('button', { name: 'Collapse' }).click();
    await until(() => drawnNodes(page)).toEqual(['test-hub']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(async () => members(await drawnNodes(page))).toBe(40);
    await page.getByRole('button', { name: 'Redo' }).click();
    await until(() => drawnNodes(page)).toEqual(['test-hub']);
    await page.locator('#graph').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await until(async () => members(await drawnNodes(page))).toBe(40);
    await page.keyboard.press('Control+Shift+Z');
    await until(() => drawnNodes(page)).toEqual(['test-hub']);
    await page.keyboard.press('Control+z');
    await until(async () => members(await drawnNodes(page))).toBe(40);
  });

  it('hides a node, and gets it back with undo', async () => {
    await clickNode(page, 'hub-member-3');
    await details(page).getByRole('button', { name: 'Hide', exact: true }).click();
    await until(() => drawnNodes(page)).not.toContain('hub-member-3');
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(() => drawnNodes(page)).toContain('hub-member-3');
  });

  it('focuses on the selection and its k-hop neighbourhood', async () => {
    await page.getByRole('button', { name: 'Show overview' }).click();
    await waitForLayout(page, 1);
    await until(() => drawnNodes(page)).toContain('russia');
    await clickNode(page, 'leif-eric-easley');
    await details(page).getByRole('button', { name: 'Focus', exact: true }).click();
    await until(() => drawnNodes(page)).toEqual(hops('leif-eric-easley', 1));
    await screenshot(page, '04-focus-1-hop');
    await details(page).getByLabel('Focus depth').selectOption('2');
    await until(() => drawnNodes(page)).toEqual(hops('leif-eric-easley', 2));
    expect(hops('leif-eric-easley', 2).length).toBeGreaterThan(hops('leif-eric-easley', 1).length);
    await details(page).getByRole('button', { name: 'Exit focus' }).click();
    await until(() => drawnNodes(page)).toContain('test-hub');
    await page.keyboard.press('Control+z');
    await until(async () => (await drawnNodes(page)).includes('test-hub')).toBe(false);
    await page.keyboard.press('Control+Shift+Z');
    await until(() => drawnNodes(page)).toContain('test-hub');
  });

  it('filters by entity type, relation type and source, each undoable', async () => {
    // Entity type (legend).
    await page.getByRole('button', { name: /^Place/ }).click();
    await until(() => drawnNodes(page)).not.toContain('seoul');
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(() => drawnNodes(page)).toContain('seoul');
    // Relation type.
    await page.locator('summary', { hasText: 'Relation types' }).click();
    await page.getByRole('checkbox', { name: 'LEADS' }).uncheck();
    await until(() => drawnEdges(page)).not.toContain('vladimir-putin|LEADS|russia');
    expect(await drawnEdges(page)).toContain('leif-eric-easley|AFFILIATED_WITH|ewha-womans-university');
    await page.keyboard.press('Control+z');
    await until(() => drawnEdges(page)).toContain('vladimir-putin|LEADS|russia');
    // Source: only the article's; the hub's own source disappears with its entities. Ticked = shown.
    await page.getByRole('checkbox', { name: 'Hub test source' }).uncheck();
    await until(() => drawnNodes(page)).not.toContain('test-hub');
    expect(await drawnNodes(page)).toContain('russia');
    await screenshot(page, '04-source-filter');
    expect(page.url()).toContain('src=konteks-2024-06-18-putin-pyongyang');
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(() => drawnNodes(page)).toContain('test-hub');
    await page.getByRole('checkbox', { name: 'Putin Kunjungi Pyongyang untuk Temui Kim Jong Un' }).uncheck();
    await until(() => drawnNodes(page)).not.toContain('russia');
    expect(page.url()).toContain(`src=${HUB_SOURCE}`);
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(() => drawnNodes(page)).toContain('russia');
  });
});
