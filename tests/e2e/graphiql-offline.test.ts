// Issue 10 point 4: GraphiQL at /graphql works with no internet. Every request to a host other than
// loopback is aborted and recorded; the README's three example queries run through the GraphiQL UI
// and show their results.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser';
import { startExplorer, until, type Explorer } from './support/explorer';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The three example queries of README.md's "GraphQL" section, read from the README itself. */
function readmeExampleQueries(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## GraphQL'), readme.indexOf('\n## ', readme.indexOf('## GraphQL') + 3));
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** What each README query must show in GraphiQL's result pane. */
const EXPECTED: [string, string[]][] = [
  ['entity(id: "leif-eric-easley")', ['"name": "Leif-Eric Easley"', 'Ewha']],
  ['search(query: "Korea Utara"', ['"name": "North Korea"', '"matched"']],
  ['shortestPath(from: "vladimir-putin"', ['"name": "Vladimir Putin"', '"name": "United Nations"']],
];

/** An editor's visible text; Monaco draws spaces as no-break spaces. */
const text = async (editor: Locator) => (await editor.innerText()).replace(/\u00a0/g, ' ');

describe('GraphiQL at /graphql, offline', () => {
  let explorer: Explorer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const external: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    explorer = await startExplorer();
    // main.ts starts the monitor, whose first check creates the schema (the search index among it);
    // nothing here loads the explorer page, whose /readyz call would otherwise do it.
    expect(await explorer.server.monitor.check()).toBe(true);
    browser = explorer.browser;
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Context-wide, so requests from workers the page starts are caught too.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (LOOPBACK.has(new URL(url).hostname)) return route.continue();
      external.push(url);
      return route.abort('internetdisconnected');
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  });
  afterAll(async () => {
    await context?.close();
    await explorer?.close();
  });

  it('finds the three example queries in the README', () => {
    const queries = readmeExampleQueries();
    expect(queries).toHaveLength(3);
    EXPECTED.forEach(([marker], i) => expect(queries[i]).toContain(marker));
  });

  it('shows the default query in the editor', async () => {
    await page.goto(`${explorer.server.url}/graphql`);
    const editor = page.locator('.graphiql-query-editor');
    await editor.waitFor({ timeout: 30_000 });
    await until(() => text(editor)).toContain('Welcome to Jejaring');
    expect(await page.title()).toBe('Jejaring GraphQL');
  });

  it.each(readmeExampleQueries().map((query, i) => [EXPECTED[i]![0], query, EXPECTED[i]![1]] as const))(
    'runs the README query %s and shows its result',
    async (_marker, query, expected) => {
      await page.goto(`${explorer.server.url}/graphql?query=${encodeURIComponent(query)}`);
      const editor = page.locator('.graphiql-query-editor');
      await editor.waitFor({ timeout: 30_000 });
      await until(() => text(editor)).toContain(query.split('\n')[1]!.trim());
      await page.getByRole('button', { name: /Execute query/ }).click();
      const response = page.locator('.graphiql-response');
      for (const shown of expected) await until(() => text(response)).toContain(shown);
      expect(await text(response)).not.toContain('"errors"');
    },
  );

  it('attempted no request outside this machine and logged no errors', async () => {
    await screenshot(page, 'graphiql-offline');
    expect(external).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
