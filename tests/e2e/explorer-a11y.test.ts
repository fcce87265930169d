// Point 10: keyboard access to everything, a list view (tables) of what is visible, readable
// contrast, and data always rendered as text (an entity named like an XSS payload stays text).
import type { Dialog, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser';
import { details, drawnEdges, drawnNodes, until, useExplorerPage } from './support/explorer';

const XSS = '<img src=x onerror=alert(1)>';
const xssSeed = {
  version: 1,
  sources: [{ id: 'xss-2024-01-01-test', title: '<script>alert(2)</script>', url: 'javascript:alert(3)', publisher: '<b>Bold</b>' }],
  entities: [{ id: 'xss-entity', type: 'Person', name: XSS, aliases: ['<svg onload=alert(4)>'], description: '<i>not italic</i>' }],
  relations: [
    {
      type: 'MEETS',
      from: 'xss-entity',
      to: 'vladimir-putin',
      evidence: [{ source: 'xss-2024-01-01-test', quote: '<img src=y onerror=alert(5)>' }],
    },
  ],
};

describe('explorer: accessibility and text-only rendering', () => {
  let page: Page;
  const dialogs: string[] = [];
  useExplorerPage(
    (s) => {
      page = s.page;
      page.on('dialog', (dialog: Dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    },
    [xssSeed],
  );

  it('is usable by keyboard alone: search, select, act, list view', async () => {
    await page.keyboard.press('Tab'); // skip link to the graph
    await page.keyboard.press('Tab'); // skip link to search
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search entities');
    await page.keyboard.type('Easley');
    await until(() => page.getByRole('listbox', { name: 'Search results' }).getByRole('option').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await until(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Leif-Eric Easley');
    // Tab into the details panel and hide the entity with the keyboard.
    const hide = details(page).getByRole('button', { name: 'Hide', exact: true });
    for (let i = 0; i < 60 && !(await hide.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await hide.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await until(() => drawnNodes(page)).not.toContain('leif-eric-easley');
    await page.keyboard.press('Control+z');
    await until(() => drawnNodes(page)).toContain('leif-eric-easley');
    // The list view, by keyboard.
    const toggle = page.getByRole('button', { name: 'List view' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const entities = page.getByRole('table', { name: 'Entities' });
    const relations = page.getByRole('table', { name: 'Relations' });
    await entities.waitFor();
    expect(await entities.locator('tbody tr').count()).toBe((await drawnNodes(page)).length);
    expect(await relations.locator('tbody tr').count()).toBe((await drawnEdges(page)).length);
    const row = entities.getByRole('button', { name: 'Kim Jong Un', exact: true });
    await row.focus();
    await page.keyboard.press('Enter');
    await until(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Kim Jong Un');
    expect(await entities.locator('tr[aria-current="true"]').textContent()).toContain('Kim Jong Un');
    await screenshot(page, '10-list-view');
    await toggle.click();
  });

  it('walks the canvas by keyboard: arrows select, Enter expands, Escape clears', async () => {
    const graph = page.getByRole('application', { name: 'Graph canvas' });
    expect(await graph.getAttribute('tabindex')).toBe('0');
    await graph.focus();
    await page.keyboard.press('Escape');
    await until(() => details(page).isHidden()).toBe(true);
    const selected = () => page.evaluate(() => window.jejaring?.store.get().selection?.id ?? null);
    const announced = () => page.locator('#graph-announce').textContent();
    // With nothing selected, the first arrow picks the entity nearest the centre of the view.
    await page.keyboard.press('ArrowRight');
    await until(selected).not.toBeNull();
    const start = (await selected())!;
    const name = await page.evaluate((id) => String(window.jejaring?.canvas.cy?.getElementById(id).data('label')), start);
    await until(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(name);
    expect(await announced()).toContain(name);
    // The next arrow moves within 45° of "right", or says there is nothing that way.
    const candidates = await page.evaluate((from) => {
      const cy = window.jejaring!.canvas.cy!;
      const p = cy.getElementById(from).position();
      return cy
        .nodes()
        .filter((n) => {
          const dx = n.position('x') - p.x;
          return n.id() !== from && dx > 0 && Math.abs(n.position('y') - p.y) <= dx;
        })
        .map((n) => n.id());
    }, start);
    await page.keyboard.press('ArrowRight');
    if (candidates.length > 0) {
      await until(selected).not.toBe(start);
      expect(candidates).toContain(await selected());
    } else {
      await until(announced).toBe('No entity right of here.');
      expect(await selected()).toBe(start);
    }
    // Enter expands the selected entity, as a double-click would.
    const current = (await selected())!;
    await page.keyboard.press('Enter');
    await until(() => page.evaluate((id) => id in (window.jejaring?.store.get().history.present.expanded ?? {}), current)).toBe(true);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Escape');
    await until(selected).toBeNull();
    expect(await announced()).toBe('Selection cleared.');
  });

  it('renders an entity named like an XSS payload as text, everywhere, without running it', async () => {
    await page.getByRole('combobox', { name: 'Search entities' }).fill('img onerror');
    const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').filter({ hasText: XSS });
    await until(() => option.count()).toBe(1);
    await option.click();
    await until(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(XSS);
    const panel = details(page);
    expect(await panel.textContent()).toContain('<svg onload=alert(4)>');
    expect(await panel.textContent()).toContain('<i>not italic</i>');
    await until(() => panel.locator('blockquote').first().textContent()).toBe('<img src=y onerror=alert(5)>');
    const cite = panel.locator('cite').first();
    expect(await cite.textContent()).toContain('<script>alert(2)</script>');
    // A javascript: URL never becomes a link.
    expect(await cite.getByRole('link').count()).toBe(0);
    expect(await page.locator('img, svg[onload], script:not([type="module"]), i, b').count()).toBe(0);
    expect(await page.evaluate(() => window.jejaring?.canvas.cy?.getElementById('xss-entity').data('label'))).toBe(XSS);
    await screenshot(page, '10-xss-as-text');
    expect(dialogs).toEqual([]);
  });

  it('has readable contrast for text and controls', async () => {
    const ratios = await page.evaluate(() => {
      const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (rgb: number[]) => {
        const [r, g, b] = rgb.map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
      };
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          if (bg && !bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') return parse(bg);
        }
        return [255, 255, 255];
      };
      const ratio = (selector: string) => {
        const el = document.querySelector(selector);
        if (!el) return null;
        const a = lum(parse(getComputedStyle(el).color));
        const b = lum(background(el));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      };
      return ['.topbar h1', '.status', '.legend-name', '.hint', '#details .muted', '.badge', 'blockquote', 'cite.source', 'button'].map(
        (s) => [s, ratio(s)],
      );
    });
    for (const [selector, ratio] of ratios) {
      if (ratio === null) continue;
      expect(ratio, `contrast of ${selector}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(ratios.filter(([, r]) => r !== null).length).toBeGreaterThan(5);
  });
});
