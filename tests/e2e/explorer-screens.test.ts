// Issue 13, items 2, 3, 4 and 11, at 1400×900, 1024×768 and 390×844: what is selected or found stays
// in view, the layout fits the screen (drawer, bottom sheet, toolbar menu), no label is drawn under
// 11 px, full names and relation words on hover, a help panel and a skip link to the canvas.
import type { EdgeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationWords } from '../../client/src/core/relation-words';
import { screenshot } from '../helpers/browser';
import { clickNode, details, edgePoint, screenPoint, startExplorer, until, type Explorer } from './support/explorer';
import { box, drawnLabels, nodeInView, openAt, overflowing, SCREENS } from './support/screens';

const MIN_LABEL_PX = 11;
const PANELS = ['.topbar', '.toolbar', '.sidebar', '#details', '#details .node-actions', '#help-dialog'];

describe('explorer on any screen', () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await startExplorer();
  });
  afterAll(async () => {
    await explorer.close();
  });

  for (const screen of SCREENS) {
    describe(`${screen.width}×${screen.height}`, () => {
      let page: Page;
      let consoleErrors: string[] = [];
      const phone = screen.width < 900;
      beforeAll(async () => {
        ({ page, consoleErrors } = await openAt(explorer, explorer.browser, screen));
      });
      afterAll(async () => {
        expect(consoleErrors).toEqual([]);
        await page.close();
      });
      const selection = () => page.evaluate(() => window.jejaring?.store.get().selection?.id ?? null);

      it('draws no label under 11 px, fitted or zoomed out, and shows the best-connected names', async () => {
        const fitted = await drawnLabels(page);
        expect(fitted.filter((l) => l.group === 'nodes').length).toBeGreaterThanOrEqual(3);
        for (const label of fitted) expect(label.px, `${label.id} "${label.text}"`).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
        // Zoomed far out: fewer labels, never smaller ones.
        await page.evaluate(() => {
          const cy = window.jejaring!.canvas.cy!;
          cy.zoom({ level: cy.zoom() / 4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        });
        await until(async () => (await drawnLabels(page)).filter((l) => l.px < MIN_LABEL_PX - 0.01).map((l) => l.text)).toEqual([]);
        const far = await drawnLabels(page);
        expect(far.length).toBeGreaterThanOrEqual(1);
        expect(far.length).toBeLessThan(fitted.length);
        // The label kept is the best-connected entity's.
        const hub = await page.evaluate(() =>
          window
            .jejaring!.canvas.cy!.nodes()
            .max((n) => n.degree(false))
            .ele.id(),
        );
        expect(far.map((l) => l.id)).toContain(hub);
        await page.evaluate(() => window.jejaring!.canvas.fit());
      });

      it('shows full names and relation words, with a tooltip, on hover', async () => {
        const edge = await page.evaluate(() => {
          // The longest relation: easiest to point at, away from the nodes.
          const length = (x: EdgeSingular) =>
            Math.hypot(x.source().position('x') - x.target().position('x'), x.source().position('y') - x.target().position('y'));
          const e = window.jejaring!.canvas.cy!.edges().max(length).ele;
          return { id: e.id(), type: String(e.data('type')) };
        });
        const point = await edgePoint(page, edge.id);
        await page.mouse.move(point.x, point.y);
        const words = relationWords(edge.type);
        await until(async () => (await drawnLabels(page)).find((l) => l.id === edge.id)?.text).toBe(words);
        const label = (await drawnLabels(page)).find((l) => l.id === edge.id)!;
        expect(label.px).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
        const tip = page.getByRole('tooltip');
        await until(() => tip.textContent()).toContain(words);
        // A node: its full name, as the label and in the tooltip.
        const node = await page.evaluate(() =>
          window
            .jejaring!.canvas.cy!.nodes()
            .min((n) => n.degree(false))
            .ele.id(),
        );
        const name = await page.evaluate((id) => String(window.jejaring!.canvas.cy!.getElementById(id).data('label')), node);
        await page.evaluate((id) => window.jejaring!.canvas.cy!.center(window.jejaring!.canvas.cy!.getElementById(id)), node);
        const at = await screenPoint(page, node);
        await page.mouse.move(at.x, at.y);
        await until(() => tip.textContent()).toContain(name);
        await until(async () => (await drawnLabels(page)).find((l) => l.id === node)?.text).toBe(name);
        await page.mouse.move(2, screen.height - 2);
        await until(() => tip.isVisible()).toBe(false);
      });

      it('keeps a node clicked at the right edge in view when Details opens, and reaches Close', async () => {
        await page.evaluate(() => window.jejaring!.canvas.fit());
        // Pan the rightmost node to the canvas' right edge, then click it with the mouse.
        const id = await page.evaluate(() => {
          const cy = window.jejaring!.canvas.cy!;
          cy.stop(true, true);
          const node = cy.nodes().max((n) => n.renderedPosition('x')).ele;
          cy.panBy({ x: cy.width() - 22 - Number(node.renderedPosition('x')), y: 0 });
          return node.id();
        });
        const at = await screenPoint(page, id);
        await page.mouse.click(at.x, at.y);
        await until(selection).toBe(id);
        await until(() => details(page).isVisible()).toBe(true);
        await until(() => nodeInView(page, id)).toBe(true);
        expect(await overflowing(page, PANELS)).toEqual([]);
        await screenshot(page, `13-${screen.name}-details`);
        if (phone) {
          // The graph keeps at least 60 % of the screen with the bottom sheet open.
          const graph = (await box(page, '#graph'))!;
          expect(graph.height * graph.width).toBeGreaterThanOrEqual(0.6 * screen.width * screen.height - 1);
        }
        const close = details(page).getByRole('button', { name: 'Close details' });
        const closeBox = (await close.boundingBox())!;
        expect(closeBox.x + closeBox.width).toBeLessThanOrEqual(screen.width);
        expect(closeBox.y + closeBox.height).toBeLessThanOrEqual(screen.height);
        await close.click();
        await until(() => details(page).isVisible()).toBe(false);
        await until(() => nodeInView(page, id)).toBe(true);
      });

      it('fits the focus result into view, with every name in full', async () => {
        // An entity with about five neighbours: its focus view is a small one, with room for every name.
        const id = await page.evaluate(() =>
          window
            .jejaring!.canvas.cy!.nodes()
            .min((n) => Math.abs(n.degree(false) - 5))
            .ele.id(),
        );
        await page.evaluate((nodeId) => window.jejaring!.store.update((s) => ({ ...s, selection: { kind: 'node', id: nodeId } })), id);
        await until(() => details(page).isVisible()).toBe(true);
        // Zoomed into a corner, far from most of the focus neighbourhood.
        await page.evaluate(() => {
          const cy = window.jejaring!.canvas.cy!;
          cy.stop(true, true);
          cy.zoom({ level: 4, renderedPosition: { x: 0, y: 0 } });
        });
        await details(page).getByRole('button', { name: 'Focus', exact: true }).click();
        const allInView = () =>
          page.evaluate(() => {
            const cy = window.jejaring!.canvas.cy!;
            const b = cy.nodes().renderedBoundingBox({ includeLabels: false });
            return cy.nodes().length > 0 && b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
          });
        await until(allInView).toBe(true);
        // With Details closed and the graph fitted (key 0), the small view has its whole room.
        await details(page).getByRole('button', { name: 'Close details' }).click();
        await page.locator('#graph').focus();
        await page.keyboard.press('0');
        await until(allInView).toBe(true);
        const shown = await page.evaluate(() => window.jejaring!.canvas.cy!.nodes().map((n) => `${n.id()}=${String(n.data('label'))}`));
        expect(shown.length).toBeLessThanOrEqual(8);
        // Names are in full (wrapped lines, never "…"). Beside a desktop or tablet graph every entity of
        // the small view is named; a phone's narrow graph has room for most of them.
        const named = async () =>
          (await drawnLabels(page))
            .filter((l) => l.group === 'nodes')
            .map((l) => `${l.id}=${l.text}`)
            .sort();
        if (!phone) await until(named).toEqual([...shown].sort());
        else await until(async () => (await named()).length).toBeGreaterThanOrEqual(Math.ceil(shown.length / 2));
        for (const label of await named()) expect(shown).toContain(label);
        await screenshot(page, `13-${screen.name}-focus`);
        await page.evaluate((nodeId) => window.jejaring!.store.update((s) => ({ ...s, selection: { kind: 'node', id: nodeId } })), id);
        await details(page).getByRole('button', { name: 'Exit focus' }).click();
        await until(allInView).toBe(true);
        await details(page).getByRole('button', { name: 'Close details' }).click();
      });

      it(
        phone ? 'is a drawer, a toolbar menu and a graph of ≥ 60 % on a phone' : 'shows sidebar and toolbar beside the graph',
        async () => {
          const graph = (await box(page, '#graph'))!;
          const fit = page.getByRole('button', { name: 'Fit', exact: true });
          if (!phone) {
            expect(await fit.isVisible()).toBe(true);
            expect(await page.locator('.sidebar').isVisible()).toBe(true);
            expect(await overflowing(page, PANELS)).toEqual([]);
            return;
          }
          expect(graph.width * graph.height).toBeGreaterThanOrEqual(0.6 * screen.width * screen.height);
          // The toolbar is one "Menu" button away; every tool in it is on screen once open.
          expect(await fit.isVisible()).toBe(false);
          const menu = page.getByRole('button', { name: 'Menu' });
          await menu.click();
          expect(await menu.getAttribute('aria-expanded')).toBe('true');
          await until(() => fit.isVisible()).toBe(true);
          for (const tool of await page.locator('#toolbar > button, #toolbar > details > summary, #toolbar select').all()) {
            const b = (await tool.boundingBox())!;
            expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= screen.width && b.y + b.height <= screen.height, await tool.innerText()).toBe(
              true,
            );
          }
          expect(await overflowing(page, PANELS)).toEqual([]);
          await screenshot(page, `13-${screen.name}-menu`);
          await menu.click();
          await until(() => fit.isVisible()).toBe(false);
          // Legend and filters are a drawer.
          const sidebar = page.locator('.sidebar');
          expect(await sidebar.isVisible()).toBe(false);
          const drawer = page.getByRole('button', { name: 'Legend and filters' });
          await drawer.click();
          await until(() => sidebar.isVisible()).toBe(true);
          const legend = page.locator('.legend-item').first();
          const b = (await legend.boundingBox())!;
          expect(b.x >= 0 && b.x + b.width <= screen.width && b.y + b.height <= screen.height).toBe(true);
          expect(await overflowing(page, PANELS)).toEqual([]);
          await screenshot(page, `13-${screen.name}-drawer`);
          await page.keyboard.press('Escape');
          await until(() => sidebar.isVisible()).toBe(false);
          expect(await drawer.getAttribute('aria-expanded')).toBe('false');
        },
      );

      it('pictures North Korea selected, in view, with its evidence (README screenshots)', async () => {
        await page.evaluate(() => window.jejaring!.canvas.fit());
        await clickNode(page, 'north-korea');
        await until(() => details(page).locator('blockquote').count()).toBeGreaterThan(0);
        await until(() => nodeInView(page, 'north-korea')).toBe(true);
        await page.mouse.move(1, screen.height - 1);
        await screenshot(page, `13-${screen.name}-north-korea`);
        await details(page).getByRole('button', { name: 'Close details' }).click();
      });

      it('lists every shortcut in a "?" panel and skips to the canvas with the first Tab', async () => {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.reload(); // a fresh page: the first Tab starts from the top
        await page.waitForFunction(() => (window.jejaring?.layoutReports.length ?? 0) >= 1);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the graph');
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph');
        const help = page.getByRole('button', { name: 'Keyboard shortcuts' });
        expect(await help.isVisible()).toBe(true);
        await help.click();
        const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
        await until(() => dialog.isVisible()).toBe(true);
        const text = (await dialog.textContent()) ?? '';
        for (const key of ['/', 'Double-click', 'Arrow keys', 'Enter', 'Escape', 'Delete', 'Ctrl+Z', '+', '0', '?'])
          expect(text).toContain(key);
        expect(await overflowing(page, PANELS)).toEqual([]);
        await page.keyboard.press('Escape');
        await until(() => dialog.isVisible()).toBe(false);
        // "?" opens it from the keyboard too.
        await page.locator('#graph').focus();
        await page.keyboard.press('?');
        await until(() => dialog.isVisible()).toBe(true);
        await page.keyboard.press('Escape');
      });
    });
  }
});
