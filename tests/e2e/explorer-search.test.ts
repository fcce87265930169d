// Point 2: search autocompletes as you type, is keyboard-drivable (ARIA combobox), shows type and
// the alias that matched, and choosing centres and selects the entity.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser';
import { details, until, useExplorerPage } from './support/explorer';

const selected = (page: Page) => page.evaluate(() => window.jejaring?.store.get().selection ?? null);

describe('explorer: search', () => {
  let page: Page;
  useExplorerPage((session) => ({ page } = session));

  it('finds North Korea by its Indonesian alias and says which alias matched', async () => {
    const box = page.getByRole('combobox', { name: 'Search entities' });
    expect(await box.getAttribute('type')).toBe('search');
    await box.pressSequentially('Korea Utara', { delay: 20 });
    const list = page.getByRole('listbox');
    await list.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const first = list.getByRole('option').first();
    await until(() => first.textContent()).toMatch(/North Korea/);
    expect(await first.textContent()).toContain('Country');
    expect(await first.textContent()).toContain('matched “Korea Utara”');
    await screenshot(page, '02-search-korea-utara');
  });

  it('is driven by the keyboard: arrows move, Escape closes, Enter chooses and centres', async () => {
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBe('search-option-0');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await box.press('Enter');
    await until(() => selected(page)).toEqual({ kind: 'node', id: 'north-korea' });
    await until(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('North Korea');
    // Centred: the node ends up in the middle of the canvas.
    await until(() =>
      page.evaluate(() => {
        const cy = window.jejaring?.canvas.cy;
        const p = cy?.getElementById('north-korea').renderedPosition();
        // Cytoscape centres the bounding box, which includes the label under the node.
        return Math.hypot((p?.x ?? 0) - (cy?.width() ?? 0) / 2, (p?.y ?? 0) - (cy?.height() ?? 0) / 2) < 30;
      }),
    ).toBe(true);
    expect(await page.evaluate(() => window.jejaring?.canvas.cy?.getElementById('north-korea').hasClass('sel'))).toBe(true);
    await screenshot(page, '02-search-chosen');
  });

  it('debounces: typing fast sends one search request for the final text', async () => {
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.fill('');
    const queries: string[] = [];
    const listener = (request: { postData(): string | null; url(): string }) => {
      const body = request.postData();
      if (request.url().endsWith('/graphql') && body?.includes('query Search'))
        queries.push((JSON.parse(body) as { variables: { query: string } }).variables.query);
    };
    page.on('request', listener);
    await box.pressSequentially('PBB', { delay: 10 });
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    await until(() => page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().textContent()).toMatch(
      /United Nations/,
    );
    page.off('request', listener);
    expect(queries).toEqual(['PBB']);
    expect(await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().textContent()).toContain(
      'matched “PBB”',
    );
    // Mouse choice works too.
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
    await until(() => selected(page)).toEqual({ kind: 'node', id: 'united-nations' });
  });

  it('says so when nothing matches', async () => {
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.fill('zzzqqqxxx');
    await until(() => page.locator('#search-results').textContent()).toContain('No entities match');
    await box.press('Escape');
  });
});
