// Point 8: load seed data from the browser (pick or drop; JSON seed, CSV pair, Cytoscape JSON),
// see the dry-run report (counts, resolutions, errors with paths), confirm with the API token,
// and see the graph refresh with the new entities highlighted.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser';
import { ARTICLE_SOURCE } from '../helpers/load-seed';
import { TEST_TOKEN } from '../helpers/test-app';
import { drawnEdges, drawnNodes, until, useExplorerPage } from './support/explorer';

const SOURCE = ARTICLE_SOURCE;
const file = (name: string, text: string, mimeType = 'application/json') => ({ name, mimeType, buffer: Buffer.from(text) });

const jsonSeed = {
  version: 1,
  entities: [
    { id: 'korea-utara', type: 'Country', name: 'Korea Utara' },
    { id: 'pyongyang-test-lab', type: 'Organization', name: 'Pyongyang Test Lab' },
  ],
  relations: [
    { type: 'LOCATED_IN', from: 'pyongyang-test-lab', to: 'korea-utara', evidence: [{ source: SOURCE, quote: 'A test lab quote.' }] },
  ],
};

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Load data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Load seed data' });
  await dialog.waitFor();
  return dialog;
}

/** Drops files on the drop zone the way a browser does: a drop event carrying a DataTransfer. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name));
    document
      .getElementById('import-drop')
      ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

describe('explorer: loading seed data from the browser', () => {
  let page: Page;
  // The refused token is an HTTP 200 GraphQL error: the browser logs nothing for it.
  useExplorerPage((session) => ({ page } = session));

  it('reports errors with their paths and refuses a wrong token', async () => {
    const dialog = await openDialog(page);
    await dialog.getByLabel('API token').fill('wrong-token');
    await page
      .locator('#import-files')
      .setInputFiles([
        file('broken.json', JSON.stringify({ version: 1, relations: [{ type: 'KNOWS', from: 'nobody-here', to: 'russia' }] })),
      ]);
    await until(() => dialog.getByRole('alert').textContent()).toContain('token was refused');
    await dialog.getByLabel('API token').fill(TEST_TOKEN);
    await dialog.getByRole('button', { name: 'Check (dry run)' }).click();
    const errors = dialog.locator('.import-errors li');
    await until(() => errors.count()).toBe(1);
    expect(await errors.first().locator('code').textContent()).toBe('relations[0].from');
    expect(await errors.first().textContent()).toContain('unknown entity');
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await screenshot(page, '08-import-errors');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('dry-runs a picked JSON seed (counts, resolutions), then imports it and highlights what is new', async () => {
    const dialog = await openDialog(page);
    // The token from the last use is remembered for this tab.
    expect(await dialog.getByLabel('API token').inputValue()).toBe(TEST_TOKEN);
    expect(await page.evaluate(() => sessionStorage.getItem('jejaring.apiToken'))).toBe(TEST_TOKEN);
    await page.locator('#import-files').setInputFiles([file('lab.json', JSON.stringify(jsonSeed))]);
    await until(() => dialog.locator('#import-detected').textContent()).toContain('JSON seed (2 entities, 1 relations');
    const report = dialog.locator('.report');
    await until(() => report.textContent()).toContain('Dry run');
    expect(await report.locator('tbody tr').first().textContent()).toMatch(/Entities\s*1\s*0\s*0\s*1/);
    expect(await report.locator('.resolutions').textContent()).toContain('korea-utara → north-korea');
    expect(await drawnNodes(page)).not.toContain('pyongyang-test-lab');
    await screenshot(page, '08-import-dry-run');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await until(() => dialog.isHidden()).toBe(true);
    await until(() => drawnNodes(page)).toContain('pyongyang-test-lab');
    await until(() => page.evaluate(() => window.jejaring?.canvas.cy?.getElementById('pyongyang-test-lab').hasClass('new'))).toBe(true);
    expect(await page.evaluate(() => window.jejaring?.canvas.cy?.getElementById('russia').hasClass('new'))).toBe(false);
    expect(
      await page.evaluate(() => window.jejaring?.canvas.cy?.edges('[source = "pyongyang-test-lab"]').map((e) => e.target().id())),
    ).toEqual(['north-korea']);
    await screenshot(page, '08-imported-highlighted');
  });

  it('takes a dropped CSV pair and a dropped Cytoscape JSON file', async () => {
    let dialog = await openDialog(page);
    await dropFiles(page, [
      {
        name: 'relations.csv',
        text: `from,type,to,source,quote\ncsv-analyst,AFFILIATED_WITH,ewha-womans-university,${SOURCE},"An analyst, quoted."\n`,
      },
      { name: 'entities.csv', text: 'id,type,name,aliases\ncsv-analyst,Person,Csv Analyst,Analis CSV\n' },
    ]);
    await until(() => dialog.locator('#import-detected').textContent()).toContain('CSV (entities + relations)');
    await until(() => dialog.locator('.report').textContent()).toContain('Dry run');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await until(() => drawnNodes(page)).toContain('csv-analyst');

    dialog = await openDialog(page);
    const cytoscapeJson = {
      elements: {
        nodes: [{ data: { id: 'cy-node', type: 'Person', label: 'Cytoscape Person' } }],
        edges: [
          {
            data: {
              id: 'ignored',
              source: 'cy-node',
              target: 'russia',
              label: 'VISITS',
              evidence: [{ source: SOURCE, quote: 'A quote.' }],
            },
          },
        ],
      },
    };
    await dropFiles(page, [{ name: 'graph.json', text: JSON.stringify(cytoscapeJson) }]);
    await until(() => dialog.locator('#import-detected').textContent()).toContain('Cytoscape JSON (1 nodes, 1 edges)');
    await until(() => dialog.locator('.report').textContent()).toContain('Dry run');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    // A file other than Jejaring's own: the id is the slug of the name; `russia` is in the database.
    await until(() => drawnNodes(page)).toContain('cytoscape-person');
    expect(await page.evaluate(() => window.jejaring?.store.get().created)).toEqual(['cytoscape-person']);
  });

  it('picks a Cytoscape desktop .cyjs: the picker offers it, the dry run lists the mapping, the type column is chosen', async () => {
    const dialog = await openDialog(page);
    expect(await page.locator('#import-files').getAttribute('accept')).toContain('.cyjs');
    await page.locator('#import-files').setInputFiles('tests/fixtures/formats/cytoscape-desktop/konteks-putin-pyongyang.cyjs');
    await until(() => dialog.locator('#import-detected').textContent()).toContain('Cytoscape JSON (15 nodes, 19 edges)');
    const notes = dialog.locator('.import-notes li');
    // With the default type "Node", the nodes clash with the article's typed entities.
    await until(() => dialog.locator('.import-errors li').count()).toBeGreaterThan(0);
    expect(await dialog.locator('.import-errors').textContent()).toContain('already exists with type Person, not Node');
    await dialog.getByLabel('Type from column').selectOption('category');
    await dialog.getByRole('button', { name: 'Check (dry run)' }).click();
    await until(() => notes.allTextContents()).toContain('mapped: category → entity type (15 nodes)');
    expect(await notes.allTextContents()).toEqual(
      expect.arrayContaining([
        'mapped: interaction → relation type (19 edges)',
        'merged: parallel edges (same source, type and target) into one relation (2 edges)',
        'dropped: shared_name, SUID, selected, edge name, shared_interaction',
      ]),
    );
    await screenshot(page, '08-import-cyjs-dry-run');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await until(() => dialog.isHidden()).toBe(true);
    await until(() => drawnEdges(page)).toContain('russia|INTERACTS_WITH|ukraine');
    expect(await drawnNodes(page)).toEqual(expect.arrayContaining(['russia', 'ukraine', 'moscow']));
  });

  it('restyles a drawn relation whose status an import changes', async () => {
    const edgeId = 'kremlin|SPEAKS_FOR|vladimir-putin';
    const edgeLook = () =>
      page.evaluate((id) => {
        const edge = window.jejaring?.canvas.cy?.getElementById(id);
        return edge?.nonempty() ? { status: edge.data('status') as string, line: edge.style('line-style') } : null;
      }, edgeId);
    expect(await edgeLook()).toEqual({ status: 'stated', line: 'solid' });
    const dialog = await openDialog(page);
    const seed = {
      version: 1,
      relations: [
        {
          type: 'SPEAKS_FOR',
          from: 'kremlin',
          to: 'vladimir-putin',
          properties: { status: 'claimed', claimedBy: 'vladimir-putin' },
          evidence: [{ source: SOURCE, quote: 'A claimed quote.' }],
        },
      ],
    };
    await dialog.getByLabel('API token').fill(TEST_TOKEN);
    await page.locator('#import-files').setInputFiles([file('status.json', JSON.stringify(seed))]);
    await until(() => dialog.locator('.report').textContent()).toContain('Dry run');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await until(() => dialog.isHidden()).toBe(true);
    // The refreshed data has the new status; the edge stays drawn and must follow it.
    await until(() => page.evaluate((id) => window.jejaring?.store.get().data.edges[id]?.properties.status, edgeId)).toBe('claimed');
    await until(() => edgeLook()).toEqual({ status: 'claimed', line: 'dashed' });
  });
});
