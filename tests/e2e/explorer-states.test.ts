// Point 9: loading indicators, empty results, and a banner when the server or Neo4j is
// unreachable that clears by itself when they return (the page polls /readyz).
import { createServer, type Server } from 'node:http';
import type { Browser, ConsoleMessage, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { E2E_CLIENT_DIST } from '../helpers/e2e-client';
import { freePort } from '../helpers/free-port';
import { createTestApp, resetDatabase } from '../helpers/test-app';
import { ARTICLE_SEED, drawnNodes, importSeed, waitForLayout, until } from './support/explorer';
import { startTestServer, type TestServer } from '../helpers/test-server';

/** While a server is down the browser itself logs failed loads; anything else is a real error. */
const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED|status of 503/.test(e));

interface ServedApp {
  url: string;
  /** Closes the listener and every connection: the server is gone for the browser. */
  stop(): Promise<void>;
  /** Listens again at the same address: the "same server" is back. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A real app on a port of its own; with `neo4jDown`, its Neo4j address has nothing listening. */
async function serveApp(neo4jDown = false): Promise<ServedApp> {
  const dead = neo4jDown ? { uri: `bolt://127.0.0.1:${await freePort()}`, awaitReady: false } : {};
  const app = await createTestApp({ clientDir: E2E_CLIENT_DIST, ...dead });
  const port = await freePort();
  let http: Server | null = null;
  const restart = async () => {
    const server = createServer(app.app.requestListener);
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    http = server;
  };
  const stop = async () => {
    const server = http;
    http = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  await restart();
  return { url: `http://127.0.0.1:${port}`, stop, restart, close: async () => (await stop(), await app.close()) };
}

describe('explorer: loading, empty and outage states', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    await resetDatabase(server.executor);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says the graph is empty, and shows a loading indicator while the overview loads', async () => {
    const { page, consoleErrors } = await openPage(browser, server.url);
    const overlay = page.locator('#overlay');
    await until(() => overlay.textContent()).toContain('The graph is empty');
    await screenshot(page, '09-empty');
    await importSeed(server, ARTICLE_SEED);
    // Hold the overview request until the indicator has been seen.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route: Route) => {
      if (route.request().postData()?.includes('query Overview')) await held;
      await route.continue();
    });
    await page.reload();
    await until(() => overlay.textContent()).toBe('Loading graph…');
    expect(await overlay.isVisible()).toBe(true);
    await screenshot(page, '09-loading');
    release();
    await waitForLayout(page, 1);
    await until(() => overlay.isHidden()).toBe(true);
    expect((await drawnNodes(page)).length).toBe(ARTICLE_SEED.entities.length);
    // Filters that leave nothing say so.
    await page.goto(`${server.url}/#types=Country,Document,Event,Initiative,Organization,Person,Place,Project,Sanction,Satellite`);
    await until(() => overlay.textContent()).toContain('Nothing to show');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows a banner while the server is down and clears it when the server is back', async () => {
    const served = await serveApp();
    const { page, consoleErrors } = await openPage(browser, `${served.url}/`);
    await waitForLayout(page, 1);
    const banner = page.getByRole('alert').filter({ hasText: /unreachable|unavailable/ });
    expect(await page.locator('#banner').isHidden()).toBe(true);
    await served.stop();
    await until(() => banner.textContent()).toContain('server is unreachable');
    await screenshot(page, '09-banner-server-down');
    await served.restart();
    await until(() => page.locator('#banner').isHidden()).toBe(true);
    // Back to normal: the graph is still (or again) there.
    expect((await drawnNodes(page)).length).toBe(ARTICLE_SEED.entities.length);
    expect(unexpected(consoleErrors)).toEqual([]);
    await page.close();
    await served.close();
  });

  it('shows the view asked for during an outage once the server is back, not the view before it', async () => {
    const served = await serveApp();
    // What the view with Putin's relations expanded draws when nothing fails.
    const focus = '#exp=vladimir-putin:30';
    // A small overview (?limit=5), so that the focused view needs a request of its own.
    const reference = await openPage(browser, `${served.url}/?limit=5${focus}`);
    await waitForLayout(reference.page, 1);
    const focused = await drawnNodes(reference.page);
    await reference.page.close();
    expect(focused).toContain('vladimir-putin');
    expect(focused.length).toBeGreaterThan(5);
    // The overview, then the server goes away and the user follows a link to the focused view.
    const { page, consoleErrors } = await openPage(browser, `${served.url}/?limit=5`);
    await waitForLayout(page, 1);
    expect(await drawnNodes(page)).not.toEqual(focused);
    await served.stop();
    await page.evaluate((hash) => {
      location.hash = hash;
    }, focus);
    await until(() => page.locator('#banner').textContent()).toContain('server is unreachable');
    await served.restart();
    await until(() => page.locator('#banner').isHidden()).toBe(true);
    // Back: the view of the URL (the link followed), as a fresh load of it draws it.
    await until(() => drawnNodes(page)).toEqual(focused);
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain(focus.slice(1));
    expect(unexpected(consoleErrors)).toEqual([]);
    await page.close();
    await served.close();
  });

  it('shows a banner when Neo4j is unreachable (readyz answers 503)', async () => {
    // A real app whose Neo4j address has nothing listening: the same as Neo4j going down.
    const served = await serveApp(true);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m: ConsoleMessage) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${served.url}/`);
    await until(() => page.locator('#banner').textContent()).toContain('database (Neo4j) is unavailable');
    await until(() => page.locator('#overlay').textContent()).not.toBe('Loading graph…');
    await screenshot(page, '09-banner-neo4j-down');
    expect(unexpected(errors)).toEqual([]);
    await page.close();
    await served.close();
  });

  it('reports a first view that fails before the explorer has loaded as an error, not an unhandled rejection', async () => {
    // Neo4j down, and the explorer's scripts (those with Cytoscape) held until the Overview's
    // failed answer is in: the entry chunk's early request fails while nothing awaits it yet.
    const served = await serveApp(true);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let answered: () => void = () => undefined;
    const overviewAnswered = new Promise<void>((resolve) => (answered = resolve));
    page.on('requestfinished', (request) => {
      if (/query\s+Overview\b/.test(request.postData() ?? '')) answered();
    });
    let held = 0;
    await page.route('**/*.js', async (route: Route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes('__________cytoscape_container')) {
        held++;
        await Promise.race([overviewAnswered, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        // One more task for the page: its microtasks run, so an unhandled rejection would be reported.
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      }
      await route.fulfill({ response, body });
    });
    await page.goto(`${served.url}/`);
    await until(() => page.locator('#banner').textContent()).toContain('database (Neo4j) is unavailable');
    await until(() => page.locator('#overlay').textContent()).not.toBe('Loading graph…');
    expect(held).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
    await served.close();
  });
});
