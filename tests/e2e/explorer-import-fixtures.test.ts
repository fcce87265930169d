// Issue 10 in the browser, for the fixture shapes the other e2e files do not pick: a UTF-16 tab file,
// a semicolon file with a BOM, a file with a trailing empty column, a bare cytoscape.js element
// array and a cy.json() object. Each dry-runs clean in the import dialog, imports, and its relations
// are drawn, as the expected graph next to the fixture says; except the bare array, whose untyped
// nodes are already in the article graph with a type: the dialog says so, node by node (its expected
// graph is checked on an empty database in tests/integration/seed-cli-cytoscape.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SeedFile } from '../../server/import/types';
import { TEST_TOKEN } from '../helpers/test-app';
import { drawnEdges, until, useExplorerPage } from './support/explorer';

const FORMATS = 'tests/fixtures/formats';
const CASES: [string, string[], string][] = [
  ['csv-utf-16le-tab', ['entities.csv', 'relations.csv', 'sources.csv'], 'expected.json'],
  ['csv-semicolon-utf8-bom', ['entities.csv', 'relations.csv', 'sources.csv'], 'expected.json'],
  ['csv-trailing-empty-column', ['entities.csv', 'relations.csv', 'sources.csv'], 'expected.json'],
  ['cytoscape-js-cy-json', ['konteks-cy.json'], 'konteks-cy.expected.json'],
];
const CYTOSCAPE_CASES: [string, string][] = [['cytoscape-js-elements', 'konteks-elements.json']];

describe('explorer: loading the other tools’ files from the browser', () => {
  let page: Page;
  useExplorerPage((session) => ({ page } = session));

  it('has a case for every fixture folder not picked elsewhere', () => {
    const folders = readdirSync(FORMATS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const elsewhere = ['csv-windows-1252', 'cytoscape-desktop', 'gephi-gexf', 'neo4j-apoc-graphml'];
    expect([...CASES.map(([folder]) => folder), ...CYTOSCAPE_CASES.map(([folder]) => folder), ...elsewhere].sort()).toEqual(folders.sort());
  });

  it.each(CASES)('%s: dry run without errors, import, its relations drawn', async (folder, files, expectedFile) => {
    const expected = JSON.parse(readFileSync(join(FORMATS, folder, expectedFile), 'utf8')) as SeedFile;
    const relationIds = (expected.relations ?? []).map((r) => `${r.from}|${r.type}|${r.to}`);
    expect(relationIds.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Load data…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Load seed data' });
    await dialog.waitFor();
    await dialog.getByLabel('API token').fill(TEST_TOKEN);
    await page.locator('#import-files').setInputFiles(files.map((name) => join(FORMATS, folder, name)));
    const report = dialog.locator('.report');
    await until(() => report.textContent()).toContain('Dry run');
    expect(await dialog.locator('.import-errors li').allTextContents()).toEqual([]);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await until(() => dialog.isHidden()).toBe(true);
    await until(() => drawnEdges(page)).toEqual(expect.arrayContaining(relationIds));
  });

  it.each(CYTOSCAPE_CASES)('%s: read in the dialog; its untyped nodes that the graph already types are named', async (folder, file) => {
    const expected = JSON.parse(readFileSync(join(FORMATS, folder, file.replace(/\.json$/, '.expected.json')), 'utf8')) as SeedFile;
    const untyped = (expected.entities ?? []).filter((e) => e.type === 'Node').map((e) => e.id);
    expect(untyped.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Load data…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Load seed data' });
    await dialog.waitFor();
    await dialog.getByLabel('API token').fill(TEST_TOKEN);
    await page.locator('#import-files').setInputFiles(join(FORMATS, folder, file));
    await until(() => dialog.locator('#import-detected').textContent()).toContain('Cytoscape JSON');
    const errors = dialog.locator('.import-errors li');
    await until(() => errors.count()).toBe(untyped.length);
    const texts = await errors.allTextContents();
    for (const id of untyped) expect(texts.some((text) => text.includes(`entity "${id}" already exists with type`))).toBe(true);
    await page.keyboard.press('Escape');
    await until(() => dialog.isHidden()).toBe(true);
  });
});
