// Issue 12 (S2-H1): the explorer's overview asks only what the canvas, filters, table and exports
// use (edge ends and evidence sources by id), and nothing a user sees goes missing: a relation of
// the overview, selected before anything else is fetched, shows its quote and its source's title,
// publisher and date in Details, as the overview's full answer did before.
import type { Page } from 'playwright-core';
import { Kind, parse, type FieldNode, type SelectionSetNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { details, edgePoint, startExplorer, until, waitForLayout, type Explorer } from './support/explorer';

/** Names selected at `path` (field names) under the operation's first field. */
function selectedAt(query: string, path: string[]): string[] {
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  let set: SelectionSetNode | undefined = operation?.selectionSet;
  for (const name of path) {
    const field = set?.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name);
    set = field?.selectionSet;
  }
  return (set?.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}

describe('explorer: the overview answer', () => {
  let explorer: Explorer;
  let page: Page;
  const queries: string[] = [];
  const errors: string[] = [];
  beforeAll(async () => {
    explorer = await startExplorer();
    page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/graphql'))
        queries.push((JSON.parse(request.postData() ?? '{}') as { query?: string }).query ?? '');
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await page.goto(`${explorer.server.url}/`);
    await waitForLayout(page, 1);
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await explorer?.close();
  });

  it('asks the overview for edge ends and evidence sources by id only', () => {
    const overview = queries.filter((query) => /\bgraph\s*\(/.test(query));
    expect(overview).toHaveLength(1);
    const query = overview[0] ?? '';
    expect(selectedAt(query, ['graph', 'edges', 'from'])).toEqual(['id']);
    expect(selectedAt(query, ['graph', 'edges', 'to'])).toEqual(['id']);
    expect(selectedAt(query, ['graph', 'edges', 'evidence'])).toEqual(['quote', 'source']);
    expect(selectedAt(query, ['graph', 'edges', 'evidence', 'source'])).toEqual(['id']);
  });

  it("shows an overview relation's quote and source (title, publisher, date) in Details", async () => {
    const edgeId = 'leif-eric-easley|AFFILIATED_WITH|ewha-womans-university';
    const sent = queries.length;
    const onEdge = await edgePoint(page, edgeId);
    await page.mouse.click(onEdge.x, onEdge.y);
    await until(() => page.evaluate(() => window.jejaring?.store.get().selection)).toEqual({ kind: 'edge', id: edgeId });
    const panel = details(page);
    await until(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Leif-Eric Easley —AFFILIATED_WITH→ Ewha Womans University',
    );
    expect(await panel.locator('blockquote').count()).toBeGreaterThan(0);
    const cite = panel.locator('cite').first();
    await until(() => cite.textContent()).toContain('Putin Kunjungi Pyongyang');
    expect(await cite.textContent()).toContain('Konteks.co.id');
    expect(await cite.textContent()).toContain('2024-06-18');
    // From the overview and the Sources answer: no subgraph was fetched for it.
    expect(queries.slice(sent).filter((query) => /\b(graph|neighborhood)\s*\(/.test(query))).toEqual([]);
  });
});
