// Issue 11 §3, the article beside its graph, in real Chromium: the Konteks source opens an Article
// view beside the canvas; a quote selects its relation (canvas and Details), a name selects its
// entity, and selecting an entity in the graph lights up and scrolls to its sentences. axe-core
// finds no WCAG A/AA violation with the view open.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SOURCE } from '../helpers/load-seed';
import { screenshot } from '../helpers/browser';
import { axeViolations } from './support/axe-audit';
import { clickNode, details, until, useExplorerPage, type Explorer } from './support/explorer';

interface ApiArticle {
  text: string;
  mentions: { entity: { id: string }; start: number }[];
  quotes: { relation: { id: string; from: { name: string }; to: { name: string } }; start: number | null; end: number | null }[];
}

// A source whose text and names look like markup: the Article view must show them as text.
const XSS_TEXT = 'Evil Person met Putin. <img src=x onerror=alert(1)> <b>bold</b>';
const xssSeed = {
  version: 1,
  sources: [{ id: 'xss-2024-01-02-article', title: 'XSS article', text: XSS_TEXT }],
  entities: [{ id: 'evil-person', type: 'Person', name: 'Evil Person', aliases: ['<b>bold</b>'] }],
  relations: [
    {
      type: 'MEETS',
      from: 'evil-person',
      to: 'vladimir-putin',
      evidence: [{ source: 'xss-2024-01-02-article', quote: '<img src=x onerror=alert(1)>' }],
    },
    // Not in the text verbatim: listed apart, never dropped.
    {
      type: 'PRAISES',
      from: 'evil-person',
      to: 'vladimir-putin',
      evidence: [{ source: 'xss-2024-01-02-article', quote: '<svg onload=alert(2)>' }],
    },
  ],
};

const selection = (page: Page) => page.evaluate(() => window.jejaring?.store.get().selection ?? null);
const drawnClass = (page: Page, id: string) =>
  page.evaluate((elId) => window.jejaring?.canvas.cy?.getElementById(elId).hasClass('sel') ?? false, id);

describe('explorer: the Article view', () => {
  let page: Page;
  let explorer: Explorer;
  let article: ApiArticle;
  const dialogs: string[] = [];
  useExplorerPage(
    (s) => {
      page = s.page;
      explorer = s.explorer;
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    },
    [xssSeed],
  );

  it('opens the Konteks source from the source filter, beside the canvas', async () => {
    const answer = await explorer.server.graphql<{ article: ApiArticle }>(
      'query ($id: ID!) { article(source: $id) { text mentions { entity { id } start } quotes { relation { id from { name } to { name } } start end } } }',
      { id: ARTICLE_SOURCE },
    );
    article = answer.data?.article as ApiArticle;
    expect(article.quotes.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Read article: Putin Kunjungi Pyongyang/ }).click();
    const view = page.getByRole('region', { name: 'Article' });
    await view.locator('.article-text').waitFor();
    // The whole text, as text, and every located quote highlighted.
    expect(await view.locator('.article-text').evaluate((n) => (n.textContent ?? '').replace(/\d+$/gmu, ''))).toContain(
      article.text.slice(0, 80),
    );
    expect(await view.locator('.quote-mark').count()).toBeGreaterThan(10);
    // Beside the canvas, not over it.
    const [graphBox, viewBox] = await Promise.all([page.locator('#graph').boundingBox(), view.boundingBox()]);
    expect((graphBox?.x ?? 0) + (graphBox?.width ?? 0)).toBeLessThanOrEqual((viewBox?.x ?? 0) + 1);
    expect(graphBox?.width ?? 0).toBeGreaterThan(200);
  });

  it('clicking a quote selects its relation in the graph and in Details', async () => {
    // A quote stating exactly one relation, so the click has one right answer.
    const counts = new Map<string, number>();
    for (const q of article.quotes) if (q.start !== null) counts.set(`${q.start}:${q.end}`, (counts.get(`${q.start}:${q.end}`) ?? 0) + 1);
    const single = article.quotes.find((q) => q.start !== null && counts.get(`${q.start}:${q.end}`) === 1);
    expect(single).toBeDefined();
    const quote = single as ApiArticle['quotes'][number];
    const mark = page.locator('.quote-mark', { hasText: /^1$/ });
    const marks = await mark.evaluateAll((nodes) =>
      nodes.map((n) => ({ group: (n as HTMLElement).dataset.markGroup, label: n.getAttribute('aria-label') })),
    );
    const target = marks.find((m) => m.label?.includes(quote.relation.from.name) && m.label.includes(quote.relation.to.name));
    expect(target).toBeDefined();
    // Click the quote's text itself (a piece that is not a name).
    await page.locator(`.article-text span.quote:not(.mention)[data-group="${target?.group}"]`).first().click();
    await until(() => selection(page)).toEqual({ kind: 'edge', id: quote.relation.id });
    await until(() => drawnClass(page, quote.relation.id)).toBe(true);
    const title = await details(page).locator('.relation-title').textContent();
    expect(title).toContain(quote.relation.from.name);
    expect(title).toContain(quote.relation.to.name);
    expect(await page.locator('.article-text .lit-quote').count()).toBeGreaterThan(0);
  });

  it('clicking a mention selects its entity', async () => {
    const mention = page.locator('.article-text .mention[title^="Kim Jong Un ("]').first();
    await mention.click();
    await until(() => selection(page)).toEqual({ kind: 'node', id: 'kim-jong-un' });
    await until(() => drawnClass(page, 'kim-jong-un')).toBe(true);
    await until(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Kim Jong Un');
    // By keyboard: a name is a button (Enter), and so is each quote's marker.
    await page.locator('.article-text .mention[title^="Vladimir Putin ("]').first().focus();
    await page.keyboard.press('Enter');
    await until(() => selection(page)).toEqual({ kind: 'node', id: 'vladimir-putin' });
    await page.locator('.article-text .quote-mark').first().focus();
    await page.keyboard.press('Enter');
    await until(() => selection(page).then((s) => s?.kind)).toBe('edge');
  });

  it('selecting an entity in the graph highlights its sentences and scrolls them into view', async () => {
    // The entity whose first mention comes last in the text: far down, out of view at the top.
    const first = new Map<string, number>();
    for (const m of article.mentions) if (!first.has(m.entity.id)) first.set(m.entity.id, m.start);
    const [entityId] = [...first.entries()].sort((a, b) => b[1] - a[1])[0] as [string, number];
    const pane = page.getByRole('region', { name: 'Article' });
    await pane.evaluate((n) => (n.scrollTop = 0));
    await page.keyboard.press('Escape');
    await clickNode(page, entityId);
    await until(() => selection(page)).toEqual({ kind: 'node', id: entityId });
    const lit = page.locator('.article-text .mention.lit-mention').first();
    await lit.waitFor();
    expect(await page.locator('.article-text .lit-sentence').count()).toBeGreaterThan(0);
    const inView = () =>
      page.evaluate(() => {
        const paneBox = document.getElementById('article-view')?.getBoundingClientRect();
        const box = document.querySelector('.article-text .lit-mention')?.getBoundingClientRect();
        return !!paneBox && !!box && box.top >= paneBox.top && box.bottom <= paneBox.bottom;
      });
    await until(inView).toBe(true);
    expect(await pane.evaluate((n) => n.scrollTop)).toBeGreaterThan(0);
    await screenshot(page, '11-article-view');
  });

  it('has no WCAG A/AA violation with the Article view open (axe-core)', async () => {
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
  });

  it("closes, and opens again from an evidence's source in Details", async () => {
    const view = page.getByRole('region', { name: 'Article' });
    await view.getByRole('button', { name: 'Close article' }).click();
    await until(() => view.isHidden()).toBe(true);
    await clickNode(page, 'vladimir-putin');
    const read = details(page)
      .getByRole('button', { name: /^Read article: Putin Kunjungi Pyongyang/ })
      .first();
    await read.click();
    await view.locator('.article-text').waitFor();
    expect(await page.locator('.article-text .mention.lit-mention').count()).toBeGreaterThan(0);
  });

  it('renders a text, names and quotes that look like markup as text', async () => {
    await page.locator('#filters').getByRole('button', { name: 'Read article: XSS article' }).click();
    const text = page.locator('.article-text');
    await until(() => text.textContent().then((t) => t?.includes('<img src=x onerror=alert(1)>'))).toBe(true);
    expect(await page.locator('#article-view img, #article-view b').count()).toBe(0);
    // The quote is located and highlighted; the alias that looks like a tag is a name like any other.
    expect(await page.locator('.article-text .quote').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text .mention', { hasText: 'Evil Person' }).count()).toBe(1);
    const unlocated = page.getByRole('region', { name: 'Quotes not found in the text' });
    expect(await unlocated.locator('blockquote').allTextContents()).toEqual(['<svg onload=alert(2)>']);
    await unlocated.getByRole('button', { name: 'Evil Person praises Vladimir Putin' }).click();
    await until(() => selection(page)).toEqual({ kind: 'edge', id: 'evil-person|PRAISES|vladimir-putin' });
    expect(await unlocated.locator('li.lit-quote').count()).toBe(1);
    expect(dialogs).toEqual([]);
  });
});
