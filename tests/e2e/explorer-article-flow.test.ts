// Issue 11's whole flow, end to end in real Chromium: paste the Konteks article under a new source
// id, accept a candidate, build one relation from a sentence, dry run, import; then open the Article
// view of the new source and click through quote → its edge (graph and Details) → the edge's node →
// that node's mentions and sentences lit in the article. Selectors are the workbench's and the
// Article view's (tests/e2e/explorer-workbench.test.ts, explorer-article.test.ts).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SOURCE } from '../helpers/load-seed';
import { screenshot } from '../helpers/browser';
import { TEST_TOKEN } from '../helpers/test-app';
import { clickNode, details, drawnEdges, drawnNodes, edgePoint, until, useExplorerPage, type Explorer } from './support/explorer';

const ARTICLE = readFileSync(new URL('../../../shared/seed-article.txt', import.meta.url), 'utf8');
const SOURCE_ID = 'konteks-workbench-2024-06-18-putin-tiba';
const TITLE = 'Putin Tiba di Pyongyang (ditinjau)';
const QUOTE = 'Presiden Rusia, Vladimir Putin diperkirakan tiba di Pyongyang';
const EDGE = 'konteks|REPORTS_ON|vladimir-putin';

const selection = (page: Page) => page.evaluate(() => window.jejaring?.store.get().selection ?? null);
const drawnClass = (page: Page, id: string) =>
  page.evaluate((elId) => window.jejaring?.canvas.cy?.getElementById(elId).hasClass('sel') ?? false, id);

/** Whether the first element matching `selector` lies inside the Article view's visible area. */
const inView = (page: Page, selector: string) => () =>
  page.evaluate((sel) => {
    const paneBox = document.getElementById('article-view')?.getBoundingClientRect();
    const box = document.querySelector(sel)?.getBoundingClientRect();
    return !!paneBox && !!box && box.top >= paneBox.top && box.bottom <= paneBox.bottom;
  }, selector);

describe('explorer: from an article to its graph and back', () => {
  let page: Page;
  let explorer: Explorer;
  useExplorerPage((s) => ({ page, explorer } = s));

  it('drafts, reviews and imports the article under a new source id, with its full text', async () => {
    expect(SOURCE_ID).not.toBe(ARTICLE_SOURCE);
    await page.getByRole('button', { name: 'New from article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New from article' });
    await dialog.waitFor();
    await dialog.getByLabel('Article text').fill(ARTICLE);
    await dialog.getByLabel('Title').fill(TITLE);
    await dialog.getByLabel('Publisher').fill('Konteks.co.id');
    await dialog.getByLabel('Date').fill('2024-06-18');
    await dialog.getByLabel('Source id').fill(SOURCE_ID);
    await dialog.getByRole('button', { name: 'Draft', exact: true }).click();
    await until(() => dialog.locator('.wb-sentence').count()).toBeGreaterThan(10);

    // Accept Konteks as an Organization; WhatsApp Channel is not an entity of this story.
    const konteks = dialog.locator('.wb-candidate[data-candidate="konteks"]');
    await konteks.getByLabel('Type of Konteks').fill('Organization');
    await konteks.getByRole('button', { name: 'Accept Konteks' }).click();
    await until(() => konteks.locator('.wb-candidate-state').textContent()).toBe('new Organization');
    await dialog.getByRole('button', { name: 'Reject WhatsApp Channel' }).click();
    await until(() => dialog.locator('.wb-candidate[data-candidate="whatsapp-channel"] .wb-candidate-state').textContent()).toBe(
      'rejected',
    );

    // One relation from the first sentence, quoting part of it.
    await dialog.locator('.wb-sentence[data-sentence="0"]').click();
    const panel = dialog.locator('.wb-sentence-panel');
    await panel.waitFor();
    await panel.getByLabel('From').selectOption('konteks');
    await panel.getByLabel('Type').fill('REPORTS_ON');
    await panel.getByLabel('To').selectOption('vladimir-putin');
    await panel.getByLabel('Quote (the sentence or a part of it)').fill(QUOTE);
    await dialog.getByRole('button', { name: 'Add relation' }).click();
    await dialog.locator(`.wb-relation[data-relation="${EDGE}"]`).waitFor();

    await dialog.getByLabel('API token').fill(TEST_TOKEN);
    await dialog.getByRole('button', { name: 'Check (dry run)' }).click();
    const report = dialog.locator('.report');
    await until(() => report.textContent()).toContain('Dry run');
    expect(await drawnNodes(page)).not.toContain('konteks');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await until(() => dialog.isHidden()).toBe(true);
    await until(() => drawnEdges(page)).toContain(EDGE);

    // The new source holds the pasted text verbatim, and the relation cites it.
    const answer = await explorer.server.graphql<{ article: { source: { id: string; title: string }; text: string } | null }>(
      'query ($id: ID!) { article(source: $id) { source { id title } text } }',
      { id: SOURCE_ID },
    );
    expect(answer.data?.article?.source).toEqual({ id: SOURCE_ID, title: TITLE });
    expect(answer.data?.article?.text).toBe(ARTICLE);
  });

  it('opens the new source in the Article view; a quote selects its edge in the graph and Details', async () => {
    await page
      .locator('#filters')
      .getByRole('button', { name: `Read article: ${TITLE}` })
      .click();
    const view = page.getByRole('region', { name: 'Article' });
    await view.locator('.article-text').waitFor();
    expect(await view.locator('.article-title').textContent()).toBe(TITLE);

    // The marker of the group that states exactly our relation, then a piece of its text (not a name).
    const marks = await view
      .locator('.quote-mark')
      .evaluateAll((nodes) =>
        nodes.map((n) => ({ group: (n as HTMLElement).dataset.markGroup, label: n.getAttribute('aria-label') ?? '' })),
      );
    const ours = marks.filter((m) => m.label.includes('Konteks reports on Vladimir Putin'));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.label.startsWith('1 relation ')).toBe(true);
    const piece = view.locator(`.article-text span.quote:not(.mention)[data-group="${ours[0]?.group}"]`).first();
    const pieceText = (await piece.textContent()) ?? '';
    expect(pieceText.trim()).not.toBe('');
    expect(QUOTE).toContain(pieceText);
    await piece.click();
    await until(() => selection(page)).toEqual({ kind: 'edge', id: EDGE });
    await until(() => drawnClass(page, EDGE)).toBe(true);
    const title = await details(page).locator('.relation-title').textContent();
    expect(title).toContain('Konteks');
    expect(title).toContain('Vladimir Putin');
    // The quote is lit in the article, and it is all of the quote and only it.
    const lit = await view.locator('.article-text .lit-quote').allTextContents();
    expect(lit.join('')).toBe(QUOTE);
  });

  it("selecting the edge's node lights up its mentions and their sentences in the article", async () => {
    const view = page.getByRole('region', { name: 'Article' });
    const names = view.locator('.article-text .mention[title^="Konteks ("]');
    const count = await names.count();
    expect(count).toBeGreaterThan(0);
    await view.evaluate((n) => (n.scrollTop = n.scrollHeight));
    await clickNode(page, 'konteks');
    await until(() => selection(page)).toEqual({ kind: 'node', id: 'konteks' });
    await until(() => view.locator('.article-text .lit-mention').count()).toBe(count);
    // Every lit name is Konteks, and each lit sentence holds one of them.
    expect(await view.locator('.article-text .lit-mention').evaluateAll((ns) => ns.map((n) => n.getAttribute('title')))).toEqual(
      Array<string>(count).fill('Konteks (Organization)'),
    );
    expect(await view.locator('.article-text .lit-sentence').count()).toBeGreaterThanOrEqual(count);
    await until(inView(page, '.article-text .lit-mention')).toBe(true);
    await screenshot(page, '11-article-flow');
  });

  it('clicking the edge in the graph lights up and scrolls to its quote', async () => {
    const view = page.getByRole('region', { name: 'Article' });
    await view.evaluate((n) => (n.scrollTop = n.scrollHeight));
    const onEdge = await edgePoint(page, EDGE);
    await page.mouse.click(onEdge.x, onEdge.y);
    await until(() => selection(page)).toEqual({ kind: 'edge', id: EDGE });
    await until(() =>
      view
        .locator('.article-text .lit-quote')
        .allTextContents()
        .then((t) => t.join('')),
    ).toBe(QUOTE);
    await until(inView(page, '.article-text .lit-quote')).toBe(true);
  });
});
