// Browser-facing headers on every response: a strict Content-Security-Policy (no inline script,
// nothing from other origins, no framing) and the other standard headers. The explorer's built
// client runs under the strict policy; GraphiQL's page at /graphql gets one that also allows its
// run-time <style> elements and data: fonts.
import type { Plugin } from 'graphql-yoga';

const CYTOSCAPE_STYLE_HASH = 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Cytoscape sets element styles through the CSSOM (allowed), and adds one fixed <style> rule,
  // `.__________cytoscape_container { position: relative; }`, allowed here by its hash (if a
  // Cytoscape upgrade changes it, the Chromium test in tests/fault/browser-surface.test.ts fails).
  `style-src 'self' '${CYTOSCAPE_STYLE_HASH}'`,
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GraphiQL, served from the app itself (server/graphql/graphiql-assets.ts): its scripts and
 * workers are same-origin files, but its editor adds <style> elements at run time and its fonts
 * are data: URLs. Nothing from another origin.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const STANDARD_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export function useSecurityHeaders({ graphqlEndpoint }: { graphqlEndpoint: string }): Plugin {
  return {
    onResponse({ request, response }) {
      // The content type first: parsing the URL of every GraphQL answer cost ~1 % of the server's CPU.
      const graphiql =
        (response.headers.get('content-type') ?? '').startsWith('text/html') && new URL(request.url).pathname === graphqlEndpoint;
      response.headers.set('content-security-policy', graphiql ? GRAPHIQL_CSP : STRICT_CSP);
      for (const [name, value] of Object.entries(STANDARD_HEADERS)) response.headers.set(name, value);
      // CORS answers differ by Origin: a shared cache must not hand one origin's grant to another.
      const vary = response.headers.get('vary') ?? '';
      if (!/(^|,)\s*origin\s*(,|$)/i.test(vary)) response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
    },
  };
}
