import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = `http://localhost:${process.env.PORT ?? 4000}`;

export default defineConfig({
  root,
  plugins: [preloadAppChunk()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  // In `npm run dev` the page is served by Vite; the API stays on the server.
  server: { proxy: { '/graphql': api, '/healthz': api, '/readyz': api } },
});

// A Vite plugin: a <link rel="modulepreload"> in index.html for the explorer's big chunk (main.ts,
// which the small entry client/src/boot.ts imports dynamically once it has sent the overview request).
// Without it the browser asks for the chunk only when the entry runs, and the server, busy with the
// overview's answer on its one thread, then serves it late; with it the chunk is fetched while the
// HTML is read. Same origin, no inline script: the strict CSP is unchanged.
function preloadAppChunk(entry = 'src/main.ts'): Plugin {
  return {
    name: 'jejaring:preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (out) => out.type === 'chunk' && out.isDynamicEntry && (out.facadeModuleId ?? '').endsWith(entry),
        );
        if (!chunk) throw new Error(`preloadAppChunk: no dynamically imported chunk for ${entry} in the build`);
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}
