// Issue 13: the axe-core audit (a maintained library, run in the page) of every state of the
// explorer, on a desktop and on a phone: 0 violations of WCAG 2.x A/AA.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe-audit';
import { clickNode, details, startExplorer, until, type Explorer } from './support/explorer';
import { openAt, SCREENS } from './support/screens';

const violations = (page: Page) => axeViolations(page);

describe('explorer: axe-core audit of every state', () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await startExplorer();
  });
  afterAll(async () => {
    await explorer.close();
  });

  for (const screen of [SCREENS[0], SCREENS[2]]) {
    const phone = screen.width < 900;
    describe(`${screen.width}×${screen.height}`, () => {
      let page: Page;
      let consoleErrors: string[] = [];
      beforeAll(async () => {
        ({ page, consoleErrors } = await openAt(explorer, explorer.browser, screen));
      });
      afterAll(async () => {
        expect(consoleErrors).toEqual([]);
        await page.close();
      });

      it('initial view', async () => {
        expect(await violations(page)).toEqual([]);
      });

      it(phone ? 'details as a bottom sheet' : 'details', async () => {
        await clickNode(page, 'leif-eric-easley');
        await until(() => details(page).locator('blockquote').count()).toBeGreaterThan(0);
        expect(await violations(page)).toEqual([]);
        await details(page).getByRole('button', { name: 'Close details' }).click();
      });

      it('list view', async () => {
        if (phone) await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('button', { name: 'List view' }).click();
        await page.getByRole('table', { name: 'Entities' }).waitFor();
        expect(await violations(page)).toEqual([]);
        if (phone) await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('button', { name: 'List view' }).click();
      });

      it('import dialog', async () => {
        if (phone) await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('button', { name: 'Load data…' }).click();
        await until(() => page.getByRole('dialog', { name: 'Load seed data' }).isVisible()).toBe(true);
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
      });

      it('help panel', async () => {
        await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
        await until(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
      });

      if (phone) {
        it('drawer and toolbar menu', async () => {
          await page.getByRole('button', { name: 'Legend and filters' }).click();
          await until(() => page.locator('.sidebar').isVisible()).toBe(true);
          expect(await violations(page)).toEqual([]);
          await page.keyboard.press('Escape');
          await page.getByRole('button', { name: 'Menu' }).click();
          await until(() => page.getByRole('button', { name: 'Fit', exact: true }).isVisible()).toBe(true);
          expect(await violations(page)).toEqual([]);
          await page.keyboard.press('Escape');
        });
      }
    });
  }
});
