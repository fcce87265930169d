// GraphiQL served from this app, so /graphql works with no internet (yoga's default page loads it from
// unpkg). The bundle comes from @graphql-yoga/render-graphiql, whose own page inlines all 9 MB as
// one inline <script> and <style>; here the same assets are separate same-origin files, so the page
// has no inline script and runs under `script-src 'self'`.
import { createHash } from 'node:crypto';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

export const GRAPHIQL_ASSET_PREFIX = '/graphiql/';

interface Asset {
  body: string | Uint8Array<ArrayBuffer>;
  type: string;
  etag: string;
}

// Starts GraphiQL once the bundle has loaded; options come from the page's JSON data block.
// Monaco's workers get absolute same-origin URLs: relative ones it would wrap in blob: workers.
const START = `'use strict';
(function () {
  var options = JSON.parse(document.getElementById('graphiql-options').textContent);
  var base = new URL('${GRAPHIQL_ASSET_PREFIX}', location.href).href;
  var workers = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) { return base + (workers[label] || workers.editorWorkerService); },
  };
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
})();
`;

const JS = 'text/javascript; charset=utf-8';

let assets: Promise<Map<string, Asset>> | undefined;

// Loaded on first use: the bundle is large, and most processes (CLI, tests) never show GraphiQL.
function loadAssets(): Promise<Map<string, Asset>> {
  assets ??= import('@graphql-yoga/render-graphiql/graphiql').then((bundle) => {
    const files: [string, string | Uint8Array<ArrayBuffer>, string][] = [
      ['graphiql.js', bundle.js, JS],
      ['start.js', START, JS],
      ['graphiql.css', bundle.css, 'text/css; charset=utf-8'],
      ['editor.worker.js', bundle.editorWorkerService, JS],
      ['json.worker.js', bundle.jsonWorker, JS],
      ['graphql.worker.js', bundle.graphqlWorker, JS],
      ['favicon.ico', new Uint8Array(Buffer.from(bundle.favicon.slice(bundle.favicon.indexOf(',') + 1), 'base64')), 'image/x-icon'],
    ];
    return new Map(
      files.map(([name, body, type]) => [
        name,
        { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` },
      ]),
    );
  });
  return assets;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** yoga's `renderGraphiQL`: a page that only links same-origin assets; options travel as inert JSON. */
export function renderOfflineGraphiQL(options: GraphiQLOptions): string {
  // `<` escaped so that no value can close the data block.
  const data = JSON.stringify(options).replace(/</g, '\\u003c');
  const asset = (name: string) => `${GRAPHIQL_ASSET_PREFIX}${name}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
<link rel="icon" href="${asset('favicon.ico')}">
<link rel="stylesheet" href="${asset('graphiql.css')}">
<script type="application/json" id="graphiql-options">${data}</script>
<script src="${asset('graphiql.js')}" defer></script>
<script src="${asset('start.js')}" defer></script>
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root"></div>
</body>
</html>
`;
}

/** Serves GraphiQL's assets under /graphiql/; revalidated by ETag, so an upgrade shows at once. */
export function useGraphiQLAssets(): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSET_PREFIX)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const asset = (await loadAssets()).get(url.pathname.slice(GRAPHIQL_ASSET_PREFIX.length));
      if (!asset) return;
      const headers = { etag: asset.etag, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
      if (request.headers.get('if-none-match') === asset.etag) return endResponse(new Response(null, { status: 304, headers }));
      endResponse(new Response(request.method === 'HEAD' ? null : asset.body, { headers: { ...headers, 'content-type': asset.type } }));
    },
  };
}
