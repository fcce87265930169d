// Issue 11 §4: the Wikidata background source, as a first `npm start` loads it (bootstrap on an empty
// database), is listed in the explorer's source filter, which can hide it (its relations and the
// entities only it mentions disappear, the article's stay) and show it again.
import { readFileSync } from 'node:fs';
import pino from 'pino';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapDatabase } from '../../server/bootstrap';
import type { SeedFile } from '../../server/import/types';
import { launchBrowser, screenshot } from '../helpers/browser';
import { resetDatabase } from '../helpers/test-app';
import { startTestServer } from '../helpers/test-server';
import { ARTICLE_SEED, drawnEdges, drawnNodes, type Explorer, openExplorer, until } from './support/explorer';

const background = JSON.parse(readFileSync('seed/wikidata-background.json', 'utf8')) as Required<SeedFile>;
const wikidataSource = background.sources[0];
const articleSource = ARTICLE_SEED.sources[0];
const edgeId = (r: { from: string; type: string; to: string }) => `${r.from}|${r.type}|${r.to}`;
const articleEdges = new Set(ARTICLE_SEED.relations.map(edgeId));
/** Relations only Wikidata supports, and entities only it mentions: what hiding it must remove. */
const wikidataOnlyEdges = background.relations.map(edgeId).filter((id) => !articleEdges.has(id));
const wikidataOnlyNodes = background.entities.map((e) => e.id);
const sharedEdges = background.relations.map(edgeId).filter((id) => articleEdges.has(id));

describe('explorer: the Wikidata background source', () => {
  let explorer: Explorer;
  let page: Page;
  let consoleErrors: string[] = [];
  beforeAll(async () => {
    const server = await startTestServer();
    await resetDatabase(server.executor);
    await bootstrapDatabase({ executor: server.executor, logger: pino({ level: 'silent' }), autoSeed: true });
    const browser = await launchBrowser();
    explorer = {
      server,
      browser,
      async close() {
        await browser.close();
        await server.close();
      },
    };
    ({ page, consoleErrors } = await openExplorer(explorer));
  });
  afterAll(async () => {
    expect(consoleErrors).toEqual([]);
    await explorer.close();
  });

  it('hides the Wikidata source with the source filter and shows it again', async () => {
    expect(wikidataOnlyEdges.length).toBeGreaterThan(0);
    expect(sharedEdges.length).toBeGreaterThan(0);
    // At first everything is drawn, both sources' relations.
    await until(() => drawnEdges(page)).toEqual(expect.arrayContaining([...wikidataOnlyEdges, ...sharedEdges]));
    expect(await drawnNodes(page)).toEqual(expect.arrayContaining(wikidataOnlyNodes));
    // The filter lists it under its own title, which says it is background.
    const wikidataBox = page.getByRole('checkbox', { name: wikidataSource?.title ?? '' });
    await expect.poll(() => wikidataBox.count()).toBe(1);
    expect(wikidataSource?.title).toMatch(/^Background knowledge \(Wikidata\)/);
    // Both are ticked (ticked = shown). Untick it: Wikidata's own relations and entities go, the
    // article's stay, and a relation both sources support stays (the article still supports it).
    const articleBox = page.getByRole('checkbox', { name: articleSource?.title ?? '' });
    expect(await wikidataBox.isChecked()).toBe(true);
    expect(await articleBox.isChecked()).toBe(true);
    await wikidataBox.uncheck();
    await until(async () => (await drawnEdges(page)).filter((id) => wikidataOnlyEdges.includes(id))).toEqual([]);
    expect((await drawnNodes(page)).filter((id) => wikidataOnlyNodes.includes(id))).toEqual([]);
    expect(await drawnEdges(page)).toEqual(expect.arrayContaining([...sharedEdges, ...ARTICLE_SEED.relations.map(edgeId)]));
    expect(page.url()).toContain(`src=${articleSource?.id}`);
    await screenshot(page, '11-wikidata-hidden');
    // Show it again.
    await wikidataBox.check();
    await until(() => drawnEdges(page)).toEqual(expect.arrayContaining(wikidataOnlyEdges));
    expect(await drawnNodes(page)).toEqual(expect.arrayContaining(wikidataOnlyNodes));
    // Or show Wikidata alone: the article's own relations go.
    await articleBox.uncheck();
    await until(async () => (await drawnEdges(page)).includes('vladimir-putin|LEADS|russia')).toBe(false);
    expect(await drawnEdges(page)).toEqual(expect.arrayContaining([...wikidataOnlyEdges, ...sharedEdges]));
    await articleBox.check();
    await until(() => drawnEdges(page)).toContain('vladimir-putin|LEADS|russia');
  });
});
