// Issue 13, item 10: the exported SVG and PNG are fit to publish: a title, a legend of the types
// shown, source credits and the date; node names in full and never on top of each other; relation
// words only when asked for.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { relationWords } from '../../client/src/core/relation-words';
import { ARTICLE_SEED, drawnNodes, until, useExplorerPage } from './support/explorer';

async function download(page: Page, button: string): Promise<Buffer> {
  await page.getByText('Export', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile(await file.path());
}

interface Drawn {
  texts: { cls: string; text: string; box: { x: number; y: number; width: number; height: number } }[];
  legend: string[];
}

/** Draws the SVG in the page (as an <img> would, but inline so boxes can be measured) and reads its texts. */
function measureSvg(page: Page, svg: string): Promise<Drawn> {
  return page.evaluate((text) => {
    const host = document.createElement('div');
    host.style.setProperty('position', 'absolute');
    host.style.setProperty('left', '0');
    host.style.setProperty('top', '0');
    document.body.append(host);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true);
    host.append(root);
    const texts = [...root.querySelectorAll('text')].map((t) => {
      const b = (t as SVGTextElement).getBBox();
      return { cls: t.getAttribute('class') ?? '', text: t.textContent ?? '', box: { x: b.x, y: b.y, width: b.width, height: b.height } };
    });
    const legend = [...root.querySelectorAll('.legend-entry text')].map((t) => t.textContent ?? '');
    host.remove();
    return { texts, legend };
  }, svg);
}

const overlap = (a: Drawn['texts'][number]['box'], b: Drawn['texts'][number]['box']) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('explorer: a picture fit to publish', () => {
  let page: Page;
  useExplorerPage((session) => ({ page } = session));

  it('exports an SVG with title, legend, credits, date and full, non-overlapping names', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await until(() => drawnNodes(page)).toHaveLength(ARTICLE_SEED.entities.length);
    const svg = (await download(page, 'SVG image')).toString('utf8');
    const drawn = await measureSvg(page, svg);
    const of = (cls: string) => drawn.texts.filter((t) => t.cls === cls);
    expect(of('title').map((t) => t.text)).toEqual([
      `${ARTICLE_SEED.entities.length} entities and ${ARTICLE_SEED.relations.length} relations`,
    ]);
    expect(of('date')[0]?.text).toMatch(/^Exported \d{4}-\d{2}-\d{2}$/);
    // One legend entry per type drawn, with its count.
    const types = new Map<string, number>();
    for (const e of ARTICLE_SEED.entities) types.set(e.type, (types.get(e.type) ?? 0) + 1);
    expect(drawn.legend.sort()).toEqual([...types].map(([t, n]) => `${t} (${n})`).sort());
    const source = ARTICLE_SEED.sources[0]!;
    expect(
      of('credits')
        .map((t) => t.text)
        .join('\n'),
    ).toContain(source.title!);
    // Names in full: every label is an entity's whole name, and most entities are named.
    const names = new Set(ARTICLE_SEED.entities.map((e) => e.name));
    const labels = of('node-label');
    for (const label of labels) expect(names.has(label.text), label.text).toBe(true);
    expect(labels.length).toBeGreaterThanOrEqual(Math.ceil(ARTICLE_SEED.entities.length * 0.8));
    // No relation words unless asked for, and no two texts on top of each other.
    expect(of('edge-label')).toEqual([]);
    const all = drawn.texts.filter((t) => t.cls !== '');
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++)
        expect(overlap(all[i]!.box, all[j]!.box), `"${all[i]!.text}" × "${all[j]!.text}"`).toBe(false);
  });

  it('adds relation words on request, still without overlaps, and makes a PNG of the same picture', async () => {
    await page.getByText('Export', { exact: true }).click();
    await page.getByLabel('Relation words in images').check();
    await page.getByText('Export', { exact: true }).click();
    const drawn = await measureSvg(page, (await download(page, 'SVG image')).toString('utf8'));
    const words = drawn.texts.filter((t) => t.cls === 'edge-label');
    expect(words.length).toBeGreaterThan(0);
    // Each reads as words ("needs assistance from"), never as the raw type.
    const phrases = new Set(ARTICLE_SEED.relations.map((r) => relationWords(r.type)));
    for (const w of words) expect(phrases.has(w.text), w.text).toBe(true);
    const all = drawn.texts.filter((t) => t.cls !== '');
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++)
        expect(overlap(all[i]!.box, all[j]!.box), `"${all[i]!.text}" × "${all[j]!.text}"`).toBe(false);
    const png = await download(page, 'PNG image');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The PNG is the SVG picture at twice its size (IHDR width, big-endian at byte 16).
    const svgWidth = Number(/width="(\d+)"/.exec((await download(page, 'SVG image')).toString('utf8'))?.[1]);
    expect(png.readUInt32BE(16)).toBe(svgWidth * 2);
  });
});
