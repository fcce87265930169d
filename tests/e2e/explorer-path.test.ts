// Point 5: choose two entities; the shortest path is highlighted and listed as sentences.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser';
import { clickNode, details, until, useExplorerPage } from './support/explorer';

describe('explorer: shortest path', () => {
  let page: Page;
  useExplorerPage((session) => ({ page } = session));

  it('highlights the path between two chosen entities and lists it as sentences', async () => {
    await clickNode(page, 'leif-eric-easley');
    await details(page).getByRole('button', { name: 'Path from here' }).click();
    const panel = page.getByRole('region', { name: 'Path' });
    await until(() => panel.textContent()).toContain('From: Leif-Eric Easley');
    await clickNode(page, 'seoul');
    await details(page).getByRole('button', { name: 'Path to here' }).click();
    const steps = panel.getByRole('list', { name: 'Path steps' }).getByRole('listitem');
    await until(() => steps.count()).toBeGreaterThan(0);
    const sentences = await steps.allTextContents();
    expect(sentences[0]).toBe('Leif-Eric Easley is affiliated with Ewha Womans University');
    expect(sentences[1]).toBe('Ewha Womans University is located in Seoul');
    // Highlighted on the canvas: path elements marked, the rest faded.
    const marks = await page.evaluate(() => {
      const cy = window.jejaring?.canvas.cy;
      return {
        path: cy
          ?.$('.path')
          .map((e) => e.id())
          .sort(),
        faded: cy?.getElementById('russia').hasClass('faded'),
      };
    });
    expect(marks.path).toEqual([
      'ewha-womans-university',
      'ewha-womans-university|LOCATED_IN|seoul',
      'leif-eric-easley',
      'leif-eric-easley|AFFILIATED_WITH|ewha-womans-university',
      'seoul',
    ]);
    expect(marks.faded).toBe(true);
    expect(page.url()).toContain('path=leif-eric-easley%2Cseoul');
    await screenshot(page, '05-path');
    // A step is clickable: it selects that relation.
    await steps.first().getByRole('button').click();
    await until(() => page.evaluate(() => window.jejaring?.store.get().selection)).toEqual({
      kind: 'edge',
      id: 'leif-eric-easley|AFFILIATED_WITH|ewha-womans-university',
    });
  });

  it('writes relations walked against their direction from their own subject', async () => {
    await clickNode(page, 'seoul');
    await details(page).getByRole('button', { name: 'Path from here' }).click();
    await clickNode(page, 'leif-eric-easley');
    await details(page).getByRole('button', { name: 'Path to here' }).click();
    const panel = page.getByRole('region', { name: 'Path' });
    await until(() => panel.getByRole('list', { name: 'Path steps' }).getByRole('listitem').allTextContents()).toEqual([
      'Ewha Womans University is located in Seoul',
      'Leif-Eric Easley is affiliated with Ewha Womans University',
    ]);
    await panel.getByRole('button', { name: 'Clear path' }).click();
    await until(() => page.evaluate(() => window.jejaring?.canvas.cy?.$('.path').length)).toBe(0);
  });
});
