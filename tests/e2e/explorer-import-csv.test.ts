// Issue 10, point 2, in the browser: a spreadsheet's CSV pair picked in the import dialog is sent as
// its bytes, so the server detects the encoding. The Windows-1252 pair (Excel on Windows) dry-runs
// with "decoded as Windows-1252" in the report, imports, and "Café Batavia" is drawn as written.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser';
import { TEST_TOKEN } from '../helpers/test-app';
import { drawnNodes, until, useExplorerPage } from './support/explorer';

const FOLDER = 'tests/fixtures/formats/csv-windows-1252';

describe('explorer: loading a spreadsheet CSV pair from the browser', () => {
  let page: Page;
  useExplorerPage((session) => ({ page } = session));

  it('dry-runs the Windows-1252 pair with the encoding in the report, imports it, and shows "Café Batavia"', async () => {
    await page.getByRole('button', { name: 'Load data…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Load seed data' });
    await dialog.waitFor();
    await dialog.getByLabel('API token').fill(TEST_TOKEN);
    await page.locator('#import-files').setInputFiles(['entities.csv', 'relations.csv', 'sources.csv'].map((name) => `${FOLDER}/${name}`));
    await until(() => dialog.locator('#import-detected').textContent()).toContain('CSV (entities + relations + sources)');
    const report = dialog.locator('.report');
    await until(() => report.textContent()).toContain('Dry run');
    expect(await report.locator('.import-notes').textContent()).toContain('decoded as Windows-1252');
    expect(await report.locator('.import-errors').count()).toBe(0);
    await screenshot(page, '10-import-csv-windows-1252-dry-run');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await until(() => dialog.isHidden()).toBe(true);
    await until(() => drawnNodes(page)).toContain('cafe-batavia');
    expect(await page.evaluate(() => window.jejaring?.canvas.cy?.getElementById('cafe-batavia').data('label') as string)).toBe(
      'Café Batavia',
    );
    expect(await page.evaluate(() => window.jejaring?.store.get().data.nodes['cafe-batavia']?.description)).toBe(
      'Café in Kota Tua, Jakarta; coffee from €3.',
    );
  });
});
