// Point 3: the Details region for an entity (name, type, aliases, description, properties,
// relations grouped by type with their evidence) and for a relation (its evidence and status).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser';
import { clickNode, details, edgePoint, until, useExplorerPage } from './support/explorer';

describe('explorer: details and provenance', () => {
  let page: Page;
  useExplorerPage((session) => ({ page } = session));

  it('opens the Details region for a clicked entity with everything about it', async () => {
    expect(await details(page).isHidden()).toBe(true);
    await clickNode(page, 'leif-eric-easley');
    const panel = details(page);
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Leif-Eric Easley');
    const text = await panel.textContent();
    expect(text).toContain('Person');
    expect(text).toContain('Easley'); // alias
    expect(text).toMatch(/role/); // a property
    // Relations grouped by type, each with its quote as a blockquote and its source.
    const group = panel.locator('.relation-group', { hasText: 'AFFILIATED_WITH →' });
    await group.waitFor();
    expect(await group.getByRole('button', { name: 'Ewha Womans University', exact: true }).count()).toBe(1);
    expect(await group.locator('blockquote').count()).toBeGreaterThan(0);
    const cite = group.locator('cite').first();
    expect(await cite.textContent()).toContain('Konteks.co.id');
    expect(await cite.textContent()).toContain('2024-06-18');
    expect(await cite.getByRole('link').getAttribute('href')).toMatch(/^https:\/\//);
    await screenshot(page, '03-details-easley');
  });

  it('shows status badges such as “assessed by Leif-Eric Easley”', async () => {
    await clickNode(page, 'north-korea');
    await until(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('North Korea');
    await details(page).locator('.relation').first().waitFor();
    const badges = await details(page).locator('.badge').allTextContents();
    expect(badges).toContain('assessed by Leif-Eric Easley');
    expect(badges.some((b) => b === 'expected' || b.startsWith('claimed by'))).toBe(true);
  });

  it('jumps to the other end of a relation when it is clicked', async () => {
    await details(page)
      .locator('.relation-group', { hasText: 'LEADS' })
      .getByRole('button', { name: 'Kim Jong Un', exact: true })
      .first()
      .click();
    await until(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Kim Jong Un');
    expect(await page.evaluate(() => window.jejaring?.store.get().selection)).toEqual({ kind: 'node', id: 'kim-jong-un' });
  });

  it('shows a selected relation with its evidence the same way', async () => {
    const edgeId = 'leif-eric-easley|AFFILIATED_WITH|ewha-womans-university';
    // A real click on the edge, where no node covers it.
    const onEdge = await edgePoint(page, edgeId);
    await page.mouse.click(onEdge.x, onEdge.y);
    await until(() => page.evaluate(() => window.jejaring?.store.get().selection)).toEqual({ kind: 'edge', id: edgeId });
    const panel = details(page);
    await until(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Leif-Eric Easley —AFFILIATED_WITH→ Ewha Womans University',
    );
    expect(await panel.locator('blockquote').count()).toBeGreaterThan(0);
    expect(await panel.locator('cite').first().textContent()).toContain('Putin Kunjungi Pyongyang');
    await screenshot(page, '03-details-relation');
    // And from an entity's list: "Show relation" selects it too.
    await clickNode(page, 'russia');
    const show = details(page)
      .locator('.relation-group', { hasText: 'PARTNERS_WITH' })
      .getByRole('button', { name: /Show relation/ })
      .first();
    await show.click();
    await until(() => details(page).getByRole('heading', { level: 2 }).textContent()).toMatch(/PARTNERS_WITH/);
    expect(await details(page).locator('.badge').first().textContent()).toBe('claimed by Vladimir Putin');
  });
});
