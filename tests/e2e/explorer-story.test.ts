// Issue 13, findings 1, 6, 7, 8 and 9: the explorer tells a journalist what each person said, writes
// paths as sentences, keeps its legend honest, and offers a usable relation filter and list view, at
// 1400×900, 1024×768 and 390×844. One server and browser for the file; a fresh page per finding and size.
// On the phone the legend, filters and path are in the "Legend" drawer and the tools in the "Menu".
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser';
import { axeViolations } from './support/axe-audit';
import { clickNode, details, startExplorer, until, type Explorer } from './support/explorer';
import { clickTool, closeDrawer, openDrawer, overflowing, SCREENS, usePageAt } from './support/screens';

let explorer: Explorer;
beforeAll(async () => {
  explorer = await startExplorer();
});
afterAll(async () => {
  await explorer?.close();
});

describe.each(SCREENS)('story at $width×$height', (screen) => {
  const phone = screen.width < 900;
  // The desktop pictures keep their names; the other sizes add theirs.
  const shot = (name: string) => (screen.name === 'desktop' ? name : `${name}-${screen.name}`);

  describe('explorer: what each person said (issue 13, finding 1)', () => {
    let page: Page;
    usePageAt(
      () => explorer,
      screen,
      (opened) => (page = opened),
    );

    it("lists Leif-Eric Easley's seven assessments with their quotes, grouped by what they are about", async () => {
      await clickNode(page, 'leif-eric-easley');
      const statements = details(page).getByRole('region', { name: 'Statements' });
      await statements.waitFor();
      const items = statements.locator('li.statement');
      await until(() => items.count()).toBe(7);
      for (const item of await items.all()) expect(await item.locator('blockquote').count()).toBeGreaterThan(0);
      expect(await statements.getByRole('heading', { level: 3 }).textContent()).toBe('Statements (7)');
      const text = (await statements.textContent()) ?? '';
      // Each claim as a sentence in words, with its quote.
      expect(text).toContain('North Korea supplies arms for Russian invasion of Ukraine');
      expect(text).toContain('violates UN sanctions on North Korea');
      expect(text).toContain('destabilizes Korean Peninsula');
      expect(text).toContain('destabilizes East Asia');
      expect(text).toContain('mengganggu stabilitas Semenanjung Korea');
      expect(await statements.locator('cite').first().textContent()).toContain('Konteks.co.id');
      // Grouped by what the statement is about: the technology transfer's four claims under one heading.
      const groups = await statements.getByRole('heading', { level: 4 }).allTextContents();
      expect(groups).toContain('About Russian transfer of sensitive military technology to North Korea (4)');
      // The raw type stays readable in Details.
      expect(text).toContain('SUPPLIES_ARMS_FOR');
      await screenshot(page, shot('13-statements-easley'));
      expect(await axeViolations(page)).toEqual([]);
    });

    it('has no Statements section for an entity that said nothing', async () => {
      await clickNode(page, 'seoul');
      await until(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Seoul');
      await details(page).locator('.relation').first().waitFor();
      expect(await details(page).getByRole('region', { name: 'Statements' }).count()).toBe(0);
    });

    it('suggests name and alias hits first and description hits apart, labelled', async () => {
      const box = page.getByRole('combobox', { name: 'Search entities' });
      await box.fill('');
      await box.pressSequentially('Easley', { delay: 20 });
      const list = page.getByRole('listbox', { name: 'Search results' });
      const options = list.getByRole('option');
      await until(() => options.count()).toBeGreaterThan(1);
      const byName = list.getByRole('group', { name: 'Names and aliases' }).getByRole('option');
      const byDescription = list.getByRole('group', { name: 'Mentioned in the description' }).getByRole('option');
      expect(await byName.allTextContents()).toEqual([expect.stringContaining('Leif-Eric Easley')]);
      expect(await byDescription.count()).toBe(4);
      // The order the keyboard walks is the order shown: the name hit first.
      expect(await options.first().textContent()).toContain('Leif-Eric Easley');
      expect(await axeViolations(page)).toEqual([]);
      await box.press('ArrowDown');
      await box.press('Enter');
      await until(() => page.evaluate(() => window.jejaring?.store.get().selection)).toEqual({ kind: 'node', id: 'leif-eric-easley' });
    });
  });

  describe('explorer: paths as sentences (issue 13, finding 6)', () => {
    let page: Page;
    usePageAt(
      () => explorer,
      screen,
      (opened) => (page = opened),
    );

    const panel = () => page.getByRole('region', { name: 'Path' });
    const steps = () => panel().getByRole('list', { name: 'Path steps' }).getByRole('listitem');

    it('writes each step once, in its natural direction, as words that wrap inside the panel', async () => {
      await clickNode(page, 'vladimir-putin');
      await details(page).getByRole('button', { name: 'Path from here' }).click();
      await clickNode(page, 'united-nations');
      await details(page).getByRole('button', { name: 'Path to here' }).click();
      await openDrawer(page);
      await until(() => steps().count()).toBeGreaterThan(1);
      const sentences = await steps().allTextContents();
      // Putin → Russia ← North Korea …: the backward step reads from its subject.
      expect(sentences).toContain('North Korea needs assistance from Russia');
      expect(sentences[0]).toBe('Vladimir Putin leads Russia');
      for (const sentence of sentences) expect(sentence).not.toMatch(/[—←→]|[A-Z]{2,}_[A-Z]/);
      // Once: no second copy of the chain.
      const text = (await panel().textContent()) ?? '';
      expect(text.split('North Korea needs assistance from Russia').length - 1).toBe(1);
      // Nothing overflows the panel, nor any step.
      const overflow = await panel().evaluate((root) =>
        [root, ...root.querySelectorAll('li, button, p')]
          .filter((e) => e.scrollWidth > e.clientWidth + 1)
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(overflow).toEqual([]);
      expect(await overflowing(page, ['.sidebar', '#path-panel'])).toEqual([]);
      await screenshot(page, shot('13-path-sentences'));
    });

    it('pans to a clicked step and opens its evidence', async () => {
      const step = steps().filter({ hasText: 'North Korea needs assistance from Russia' });
      const edgeId = 'north-korea|NEEDS_ASSISTANCE_FROM|russia';
      // Push the drawing far off-screen first, so that only a pan can bring the step back.
      await page.evaluate(() => window.jejaring?.canvas.cy?.pan({ x: -3000, y: -3000 }));
      await step.getByRole('button').click();
      await until(() => page.evaluate(() => window.jejaring?.store.get().selection)).toEqual({ kind: 'edge', id: edgeId });
      await until(() => details(page).locator('blockquote').count()).toBeGreaterThan(0);
      await until(() =>
        page.evaluate((id) => {
          const cy = window.jejaring?.canvas.cy;
          const box = cy?.getElementById(id).renderedBoundingBox();
          if (!cy || !box) return false;
          return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
        }, edgeId),
      ).toBe(true);
      // And seen: no panel (the phone's drawer, where the step was clicked) lies over the step's middle.
      await until(() =>
        page.evaluate((id) => {
          const cy = window.jejaring!.canvas.cy!;
          const mid = cy.getElementById(id).renderedMidpoint();
          const frame = cy.container()!.getBoundingClientRect();
          const top = document.elementFromPoint(frame.left + mid.x, frame.top + mid.y);
          return !!top && cy.container()!.contains(top);
        }, edgeId),
      ).toBe(true);
    });
  });

  describe('explorer: an unambiguous legend (issue 13, finding 7)', () => {
    let page: Page;
    usePageAt(
      () => explorer,
      screen,
      (opened) => (page = opened),
    );

    const legend = () => page.locator('#legend');

    it('gives every core type its own colour and its own shape, on the canvas and in the legend', async () => {
      await openDrawer(page);
      const canvas = await page.evaluate(() => {
        const cy = window.jejaring?.canvas.cy;
        const byType: Record<string, { color: string; shape: string }> = {};
        cy?.nodes().forEach((n) => {
          byType[String(n.data('type'))] = { color: String(n.style('background-color')), shape: String(n.style('shape')) };
        });
        return byType;
      });
      const types = Object.keys(canvas);
      // The article's ten types, none of them left to the hashed fallback.
      expect(types.sort()).toEqual(
        ['Country', 'Document', 'Event', 'Initiative', 'Organization', 'Person', 'Place', 'Project', 'Sanction', 'Satellite'].sort(),
      );
      const colours = new Set(types.map((t) => canvas[t]?.color));
      const shapes = new Set(types.map((t) => canvas[t]?.shape));
      expect(colours.size).toBe(types.length);
      expect(shapes.size).toBe(types.length);
      // The legend draws the same distinctions: colour and swatch shape per type.
      const swatches = await legend()
        .locator('.legend-item')
        .evaluateAll((items) =>
          items.map((item) => {
            const swatch = item.querySelector<HTMLElement>('.swatch');
            const style = swatch ? getComputedStyle(swatch) : null;
            return {
              type: (item as HTMLElement).dataset.type,
              color: swatch?.style.getPropertyValue('--swatch'),
              clip: `${style?.clipPath}|${style?.borderRadius}`,
            };
          }),
        );
      const core = swatches.filter((s) => types.includes(s.type ?? ''));
      expect(core).toHaveLength(10);
      expect(new Set(core.map((s) => s.color)).size).toBe(10);
      expect(new Set(core.map((s) => s.clip)).size).toBe(10);
      expect(await overflowing(page, ['.sidebar', '#legend', '#legend .legend-item'])).toEqual([]);
    });

    it('counts visible / total while a focus shows five entities', async () => {
      await closeDrawer(page); // the graph is under it on the phone
      await clickNode(page, 'leif-eric-easley');
      await details(page).getByRole('button', { name: 'Focus', exact: true }).click();
      await until(() => page.evaluate(() => window.jejaring?.canvas.cy?.nodes().length)).toBe(5);
      await openDrawer(page);
      const count = (type: string) => legend().locator(`.legend-item[data-type="${type}"] .count`).textContent();
      await until(() => count('Organization')).toBe('2 / 8');
      expect(await count('Person')).toBe('1 / 4');
      expect(await count('Event')).toBe('2 / 6');
      expect(await count('Country')).toBe('0 / 3');
      // The visible text is the accessible name: "Person 1 / 4 shown".
      expect(
        await legend()
          .getByRole('button', { name: /^Person\s*1 \/ 4\s*shown$/ })
          .count(),
      ).toBe(1);
      await screenshot(page, shot('13-legend-focus'));
    });
  });

  describe('explorer: a usable relation-type filter (issue 13, finding 8)', () => {
    let page: Page;
    usePageAt(
      () => explorer,
      screen,
      (opened) => (page = opened),
    );

    const panel = () => page.locator('#filters');
    const relationFilter = () => panel().getByRole('group', { name: 'Relation types' });

    it('lists types as words with counts, searchable, with all / none and only this', async () => {
      await openDrawer(page);
      await panel().locator('summary', { hasText: 'Relation types' }).click();
      const group = relationFilter();
      // Words, not SCREAMING_SNAKE, and how many relations of each type are loaded.
      const assistance = group.getByRole('checkbox', { name: 'needs assistance from (1)' });
      expect(await assistance.isChecked()).toBe(true);
      expect(await group.getByRole('checkbox').count()).toBeGreaterThan(40);
      expect(await group.locator('label').allTextContents()).not.toContainEqual(expect.stringMatching(/[A-Z]{2,}_[A-Z]/));
      // Search narrows the list.
      await group.getByRole('searchbox', { name: 'Find a relation type' }).fill('assist');
      await until(() => group.getByRole('checkbox').count()).toBe(1);
      // "Only this": every other type hidden.
      await group.getByRole('button', { name: 'Only needs assistance from' }).click();
      await until(() => page.evaluate(() => window.jejaring?.canvas.cy?.edges().map((e) => e.id()))).toEqual([
        'north-korea|NEEDS_ASSISTANCE_FROM|russia',
      ]);
      await group.getByRole('searchbox', { name: 'Find a relation type' }).fill('');
      await until(() => group.getByRole('checkbox', { name: /^leads/ }).isChecked()).toBe(false);
      // All / none.
      await group.getByRole('button', { name: 'Show all', exact: true }).click();
      await until(() => page.evaluate(() => window.jejaring?.store.get().history.present.filters.hiddenRelationTypes)).toEqual([]);
      await group.getByRole('button', { name: 'Hide all', exact: true }).click();
      await until(() => page.evaluate(() => window.jejaring?.canvas.cy?.edges().length)).toBe(0);
      await group.getByRole('button', { name: 'Show all', exact: true }).click();
      await until(() => page.evaluate(() => window.jejaring?.canvas.cy?.edges().length)).toBeGreaterThan(40);
      expect(await overflowing(page, ['.sidebar', '#filters', '#filters .rel-filter-row'])).toEqual([]);
      await screenshot(page, shot('13-relation-filter'));
      expect(await axeViolations(page)).toEqual([]);
    });

    it('gives ticks the same meaning in both filters, and says so', async () => {
      const sources = panel().getByRole('group', { name: 'Sources' });
      // Ticked = shown, for relation types and for sources alike.
      const source = sources.getByRole('checkbox', { name: 'Putin Kunjungi Pyongyang untuk Temui Kim Jong Un' });
      expect(await source.isChecked()).toBe(true);
      expect(await relationFilter().textContent()).toContain('Ticked = shown');
      expect(await sources.textContent()).toContain('Ticked = shown');
      // The only source cannot be unticked: that would show nothing.
      expect(await source.isDisabled()).toBe(true);
      const leads = relationFilter().getByRole('checkbox', { name: /^leads/ });
      expect(await leads.isChecked()).toBe(true);
      await leads.uncheck();
      await until(() => page.evaluate(() => window.jejaring?.canvas.cy?.edges().filter((e) => e.id().includes('|LEADS|')).length)).toBe(0);
      await leads.check();
      await until(() =>
        page.evaluate(() => window.jejaring?.canvas.cy?.edges().filter((e) => e.id().includes('|LEADS|')).length),
      ).toBeGreaterThan(0);
    });
  });

  describe('explorer: a list view beside the canvas (issue 13, finding 9)', () => {
    let page: Page;
    usePageAt(
      () => explorer,
      screen,
      (opened) => (page = opened),
    );

    const list = () => page.getByRole('region', { name: 'List view' });
    const entityNames = () => list().getByRole('table', { name: 'Entities' }).locator('tbody tr:not([hidden]) th').allTextContents();

    it(phone ? 'sits under the canvas on a phone instead of replacing it' : 'sits beside the canvas instead of replacing it', async () => {
      await clickTool(page, 'List view');
      await list().getByRole('table', { name: 'Entities' }).waitFor();
      const boxes = await page.evaluate(() => {
        const rect = (id: string) => {
          const r = document.getElementById(id)!.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
        };
        return { graph: rect('graph'), pane: rect('table-view') };
      });
      if (!phone) {
        expect(boxes.graph.width).toBeGreaterThan(250);
        expect(boxes.pane.width).toBeGreaterThan(250);
        // Side by side: the canvas ends where the pane begins.
        expect(boxes.graph.right).toBeLessThanOrEqual(boxes.pane.left + 1);
        await until(() => page.evaluate(() => window.jejaring?.canvas.cy?.width())).toBeLessThanOrEqual(Math.ceil(boxes.graph.width));
      } else {
        // Too narrow for two columns: the canvas above, the pane below, each the full width and a fair height.
        for (const b of [boxes.graph, boxes.pane]) {
          expect(b.width).toBeGreaterThanOrEqual(screen.width - 2);
          expect(b.height).toBeGreaterThan(250);
        }
        expect(boxes.graph.bottom).toBeLessThanOrEqual(boxes.pane.top + 1);
        await until(() => page.evaluate(() => window.jejaring?.canvas.cy?.height())).toBeLessThanOrEqual(Math.ceil(boxes.graph.height));
      }
      expect(await overflowing(page, ['#table-view', '.list-filter'])).toEqual([]);
    });

    it('sorts and filters, and its names select on the graph', async () => {
      const entities = list().getByRole('table', { name: 'Entities' });
      const byName = entities.getByRole('button', { name: 'Sort by Name' });
      const names = await entityNames();
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      await byName.click();
      expect(await entities.locator('th[aria-sort="descending"]').count()).toBe(1);
      const reversed = await entityNames();
      expect(reversed).toEqual([...names].reverse());
      await entities.getByRole('button', { name: 'Sort by Relations' }).click();
      const degrees = await entities.locator('tbody tr td.num').allTextContents();
      expect(degrees.map(Number)).toEqual(
        degrees
          .map(Number)
          .slice()
          .sort((a, b) => b - a),
      );
      // Filter: only the rows that match, in both tables.
      await list().getByRole('searchbox', { name: 'Filter the list' }).fill('easley');
      await until(() => entityNames()).toEqual(['Leif-Eric Easley']);
      const relations = list().getByRole('table', { name: 'Relations' });
      const relationRows = relations.locator('tbody tr:not([hidden])');
      // Relations match by their ends, words, status or quotes (Easley is quoted by name).
      await until(() => relationRows.count()).toBeGreaterThanOrEqual(4);
      for (const text of await relationRows.allTextContents()) expect(text.toLowerCase()).toContain('easley');
      expect(await relations.locator('tbody tr', { hasText: 'Vladimir Putin' }).filter({ hasText: 'leads' }).first().isHidden()).toBe(true);
      // Names select on the graph: the relation's end, by a click.
      await relations.getByRole('button', { name: 'Ewha Womans University', exact: true }).first().click();
      await until(() => page.evaluate(() => window.jejaring?.store.get().selection)).toEqual({
        kind: 'node',
        id: 'ewha-womans-university',
      });
      expect(await page.evaluate(() => window.jejaring?.canvas.cy?.getElementById('ewha-womans-university').hasClass('sel'))).toBe(true);
    });

    it('reads relations as words and expands their quotes in place', async () => {
      const relations = list().getByRole('table', { name: 'Relations' });
      const row = relations.locator('tbody tr[data-edge="leif-eric-easley|AFFILIATED_WITH|ewha-womans-university"]');
      expect(await row.getByRole('button', { name: 'Leif-Eric Easley is affiliated with Ewha Womans University' }).count()).toBe(1);
      const quotes = row.locator('details');
      expect(await quotes.locator('summary').textContent()).toMatch(/^1 quote/);
      expect(await quotes.locator('blockquote').isVisible()).toBe(false);
      await quotes.locator('summary').click();
      await until(() => quotes.locator('blockquote').isVisible()).toBe(true);
      expect(await quotes.locator('cite').textContent()).toContain('Konteks.co.id');
      await screenshot(page, shot('13-list-beside'));
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
