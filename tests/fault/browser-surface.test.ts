// Issue 8, points 4 and 5: a foreign web page (any Origin, or `null` from a sandboxed frame or a
// file) must not read the API, a simple cross-site request must not run an operation, and every
// page the server serves carries a strict CSP and the standard headers. Then the built explorer
// must work under that CSP in real Chromium with no violation reported.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import { CLIENT_DIST, ensureClientBuilt } from '../../server/http/client-build';
import { importSeed } from '../../server/import';
import { launchBrowser, openPage } from '../helpers/browser';
import { readArticleSeed } from '../helpers/load-seed';
import { createTestApp, resetDatabase, type TestApp } from '../helpers/test-app';
import { startTestServer, type TestServer } from '../helpers/test-server';

const QUERY = JSON.stringify({ query: '{ __typename }' });
const ALLOWED = 'http://allowed.example:8080';

describe('CORS and CSRF', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({ corsOrigins: [ALLOWED] });
  });
  afterAll(() => test?.close());

  const post = (headers: Record<string, string>, body = QUERY) =>
    test.app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it.each(['https://evil.example', 'null'])('gives the Origin %s no CORS headers, on the request and on its preflight', async (origin) => {
    const response = await post({ origin });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await test.app.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('allows an origin from CORS_ORIGINS, without credentials', async () => {
    const response = await post({ origin: ALLOWED });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('refuses simple (non-preflighted) requests: a GET without the CSRF header, a text/plain or form POST', async () => {
    const get = await test.app.fetch('http://localhost/graphql?query=%7B__typename%7D', { headers: { origin: 'https://evil.example' } });
    expect(get.status).toBe(403);
    expect(await get.text()).not.toContain('"__typename"');
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await post({ origin: 'https://evil.example', 'content-type': contentType });
      expect(response.status, contentType).toBe(403);
      expect(await response.text()).toContain('CSRF');
    }
    const withHeader = await test.app.fetch('http://localhost/graphql?query=%7B__typename%7D', { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(withHeader.status).toBe(200);
    expect(await withHeader.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('batching', () => {
  it('refuses a batched request (a JSON array of operations) with 400: one request, one operation', async () => {
    const test = await createTestApp();
    try {
      const body = JSON.stringify(Array.from({ length: 3 }, () => ({ query: '{ __typename }' })));
      const response = await test.app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ errors: [{ message: 'Batching is not supported.', extensions: { code: 'BAD_REQUEST' } }] });
    } finally {
      await test.close();
    }
  });
});

const expectStandardHeaders = (response: Response) => {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
  expect(response.headers.get('vary')).toMatch(/(^|,)\s*Origin\s*(,|$)/i);
};

const directives = (csp: string | null) =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );

describe('CSP and standard headers', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({ clientDir: await ensureClientBuilt(() => {}) });
  });
  afterAll(() => test?.close());

  it.each(['/', '/index.html', '/healthz', '/graphql?query=%7B__typename%7D', '/no-such-page'])(
    '%s has the strict CSP and the standard headers',
    async (path) => {
      const response = await test.app.fetch(`http://localhost${path}`, { headers: { 'x-graphql-yoga-csrf': '1' } });
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expectStandardHeaders(response);
    },
  );

  it('serves an explorer page with no inline script', async () => {
    const html = await (await test.app.fetch('http://localhost/')).text();
    expect(html).toContain('<script type="module"');
    for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) expect(tag).toMatch(/^<script\b[^>]*\bsrc=[^>]*><\/script>$/);
  });

  it('gives the GraphiQL page its own CSP: same-origin code only, no inline script, no framing', async () => {
    const response = await test.app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect([...csp.values()].flat().filter((source) => /^https?:/.test(source))).toEqual([]);
    expectStandardHeaders(response);
  });
});

describe('the explorer under its CSP in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    // The production bundle, the one `npm start` serves, is what must run under the CSP.
    await ensureClientBuilt(() => {});
    server = await startTestServer({ clientDir: CLIENT_DIST });
    // The article graph, so that the legend, swatches and canvas all render.
    await ensureSchema(server.executor);
    await resetDatabase(server.executor);
    await importSeed(server.executor, readArticleSeed());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the article graph (canvas, legend swatches) and reports no CSP violation', async () => {
    const { page, consoleErrors } = await openPage(browser, 'about:blank');
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.locator('#graph canvas').first().waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 20_000 }).toMatch(/Neo4j 5\./);
    await expect.poll(() => page.locator('#legend .swatch').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
