// Issue 11 §2, "New from article…": paste the Konteks article, review the draft (change a type,
// reject a candidate, undo and redo), build one relation from a sentence with a sub-span as its
// quote, dry run, import, and see the new entity and relation in the graph. axe-core audits the
// dialog (WCAG 2.x A/AA). Selectors a later Article-view test can rely on: the dialog's name,
// `.wb-sentence[data-sentence]`, `.wb-mention[data-ref]`, `.wb-candidate[data-candidate]`,
// `.wb-relation[data-relation]`.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SeedFile } from '../../server/import/types';
import { screenshot } from '../helpers/browser';
import { TEST_TOKEN } from '../helpers/test-app';
import { axeViolations } from './support/axe-audit';
import { drawnEdges, drawnNodes, until, useExplorerPage } from './support/explorer';

const ARTICLE = readFileSync(new URL('../../../shared/seed-article.txt', import.meta.url), 'utf8');
const QUOTE = 'Presiden Rusia, Vladimir Putin diperkirakan tiba di Pyongyang';

describe('explorer: new from article', () => {
  let page: Page;
  useExplorerPage((session) => ({ page } = session));

  const candidate = (dialog: Locator, id: string) => dialog.locator(`.wb-candidate[data-candidate="${id}"]`);

  it('drafts a pasted article, reviews it with undo, builds a relation, dry-runs and imports it', async () => {
    await page.getByRole('button', { name: 'New from article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New from article' });
    await dialog.waitFor();
    expect(await axeViolations(page, '#workbench-dialog')).toEqual([]);
    // A dropped .txt file fills the text, as the browser hands it over (a drop event with a DataTransfer).
    await page.evaluate(
      (text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'article.txt', { type: 'text/plain' }));
        document
          .getElementById('wb-drop')
          ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      ARTICLE.slice(0, 120),
    );
    await until(() => dialog.getByLabel('Article text').inputValue()).toBe(ARTICLE.slice(0, 120));
    await dialog.getByLabel('Article text').fill(ARTICLE);
    await dialog.getByLabel('Title').fill('Putin Kunjungi Pyongyang');
    await dialog.getByLabel('Publisher').fill('Konteks.co.id');
    await dialog.getByLabel('Date').fill('2024-06-18');
    await dialog.getByRole('button', { name: 'Draft', exact: true }).click();

    // The review: mentions of known entities coloured by type, and the graph's unknown names as candidates.
    const sentences = dialog.locator('.wb-sentence');
    await until(() => sentences.count()).toBeGreaterThan(10);
    expect(await dialog.locator('.wb-mention[data-ref="vladimir-putin"]').count()).toBeGreaterThan(3);
    expect(await dialog.locator('.wb-mention[data-ref="vladimir-putin"]').first().getAttribute('data-type')).toBe('Person');
    // Descriptive phrases (docs/drafting.md) are candidates too, typed by their cue word.
    expect(await dialog.locator('.wb-candidate').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-candidate')))).toEqual([
      'kemitraan-multifaset',
      'kunjungan-putin',
      'konteks',
      'whatsapp-channel',
    ]);
    // Nothing the article holds is drawn as HTML: a mention's text is its own text node.
    expect(await dialog.locator('.wb-mention[data-ref="vladimir-putin"]').first().textContent()).toBe('Vladimir Putin');
    expect(await dialog.locator('.wb-problems').textContent()).toContain('Konteks: choose a type');
    expect(await axeViolations(page, '#workbench-dialog')).toEqual([]);

    // Change a type (keyboard: type, then Tab commits), reject a candidate; undo and redo both.
    const konteks = candidate(dialog, 'konteks');
    await konteks.getByLabel('Type of Konteks').fill('Organization');
    await page.keyboard.press('Tab');
    await until(() => konteks.locator('.wb-candidate-state').textContent()).toBe('new Organization');
    const whatsapp = candidate(dialog, 'whatsapp-channel');
    await whatsapp.getByRole('button', { name: 'Reject WhatsApp Channel' }).click();
    await until(() => whatsapp.locator('.wb-candidate-state').textContent()).toBe('rejected');
    await dialog.getByRole('button', { name: 'Undo', exact: true }).click();
    await until(() => candidate(dialog, 'whatsapp-channel').locator('.wb-candidate-state').textContent()).toBe('new Unknown');
    // Ctrl+Z from a button (not a text field): undoes the type change too; Ctrl+Shift+Z redoes it.
    await dialog.getByRole('button', { name: 'Redo', exact: true }).focus();
    await page.keyboard.press('Control+z');
    await until(() => candidate(dialog, 'konteks').locator('.wb-candidate-state').textContent()).toBe('new Unknown');
    await page.keyboard.press('Control+Shift+z');
    await until(() => candidate(dialog, 'konteks').locator('.wb-candidate-state').textContent()).toBe('new Organization');
    await dialog.getByRole('button', { name: 'Redo', exact: true }).click();
    await until(() => candidate(dialog, 'whatsapp-channel').locator('.wb-candidate-state').textContent()).toBe('rejected');
    expect(await dialog.locator('.wb-problems').count()).toBe(0);

    // Merge through the graph's search, then undo it: the candidate is rejected again.
    await whatsapp.getByRole('button', { name: 'Merge WhatsApp Channel into an existing entity' }).click();
    const search = dialog.getByLabel('Search the graph for the entity to merge WhatsApp Channel into');
    await until(() => search.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.type('Ewha');
    const result = dialog.getByRole('button', { name: /Ewha Womans University \(Organization, ewha-womans-university\)/ });
    await result.waitFor();
    await result.click();
    await until(() => candidate(dialog, 'whatsapp-channel').locator('.wb-candidate-state').textContent()).toBe(
      'merged into Ewha Womans University (ewha-womans-university)',
    );
    await dialog.getByRole('button', { name: 'Undo', exact: true }).click();
    await until(() => candidate(dialog, 'whatsapp-channel').locator('.wb-candidate-state').textContent()).toBe('rejected');

    // Pick the first sentence by keyboard and build Konteks —REPORTS_ON→ Putin, quoting part of it.
    const first = dialog.locator('.wb-sentence[data-sentence="0"]');
    await first.focus();
    await page.keyboard.press('Enter');
    const panel = dialog.locator('.wb-sentence-panel');
    await panel.waitFor();
    expect(await panel.locator('.wb-mentions li').allTextContents()).toEqual(
      expect.arrayContaining(['Konteks (new)', 'Vladimir Putin (vladimir-putin)']),
    );
    expect(await axeViolations(page, '#workbench-dialog')).toEqual([]);
    await panel.getByLabel('From').selectOption('konteks');
    await panel.getByLabel('Type').fill('REPORTS_ON');
    await panel.getByLabel('To').selectOption('vladimir-putin');
    const quote = panel.getByLabel('Quote (the sentence or a part of it)');
    await quote.fill('Putin visits Pyongyang');
    await dialog.getByRole('button', { name: 'Add relation' }).click();
    expect(await panel.getByRole('alert').textContent()).toBe('The quote must be the sentence or a part of it, verbatim.');
    await quote.fill(QUOTE);
    await dialog.getByRole('button', { name: 'Add relation' }).click();
    const built = dialog.locator('.wb-relation[data-relation="konteks|REPORTS_ON|vladimir-putin"]');
    await built.waitFor();
    expect(await built.locator('q').textContent()).toBe(QUOTE);
    await screenshot(page, '11-workbench-review');

    // The reviewed seed can be downloaded as a seed file.
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download seed' }).click()]);
    expect(download.suggestedFilename()).toBe('konteks-co-id-2024-06-18-putin-kunjungi-pyongyang.json');
    const downloaded = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as Required<SeedFile>;
    expect(downloaded.entities).toEqual([
      { id: 'kemitraan-multifaset', type: 'Initiative', name: 'kemitraan multifaset' },
      { id: 'kunjungan-putin', type: 'Event', name: 'Kunjungan Putin' },
      { id: 'konteks', type: 'Organization', name: 'Konteks' },
    ]);
    expect(downloaded.relations).toContainEqual({
      type: 'REPORTS_ON',
      from: 'konteks',
      to: 'vladimir-putin',
      evidence: [{ source: 'konteks-co-id-2024-06-18-putin-kunjungi-pyongyang', quote: QUOTE }],
    });

    // The same dry run and import as "Load data…", with the token.
    await dialog.getByLabel('API token').fill(TEST_TOKEN);
    await dialog.getByRole('button', { name: 'Check (dry run)' }).click();
    const report = dialog.locator('.report');
    await until(() => report.textContent()).toContain('Dry run');
    // Three new entities (the two phrases and Konteks; WhatsApp Channel was rejected); the typed
    // suggestions update known relations.
    expect((await report.locator('tbody tr').first().locator('td').allTextContents())[0]).toBe('3');
    expect(await drawnNodes(page)).not.toContain('konteks');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await until(() => dialog.isHidden()).toBe(true);
    await until(() => drawnNodes(page)).toContain('konteks');
    expect(await drawnNodes(page)).not.toContain('whatsapp-channel');
    await until(() => drawnEdges(page)).toContain('konteks|REPORTS_ON|vladimir-putin');
    await screenshot(page, '11-workbench-imported');
  });

  it("drafts a dropped file's text as the file holds it: a text box's CRLF → LF does not reach the draft", async () => {
    // A textarea hands its value back with every CR LF turned into LF; the source's stored text
    // must be the file's own, so the dropped text goes to draftSeed unchanged.
    await page.reload();
    await page.getByRole('button', { name: 'New from article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New from article' });
    await dialog.waitFor();
    const text = 'Presiden Rusia, Vladimir Putin tiba di Pyongyang.\r\nKim Jong Un menyambutnya di bandara.\r\n';
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'windows.txt', { type: 'text/plain' }));
      document.getElementById('wb-drop')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await until(() => dialog.locator('#wb-input-status').textContent()).toContain('windows.txt');
    const sent = page.waitForRequest((request) => request.postData()?.includes('draftSeed') ?? false);
    await dialog.getByRole('button', { name: 'Draft', exact: true }).click();
    const body = (await sent).postDataJSON() as { variables: { text: string } };
    expect(body.variables.text).toBe(text);
  });
});
