// Builds the bench's own page (tests/bench/explorer/page) with Vite into node_modules/.cache, so the
// test server can serve it like the app (same origin as /graphql, workers as same-origin files).
import { fileURLToPath } from 'node:url';

export const BENCH_PAGE_DIST = fileURLToPath(new URL('../../../node_modules/.cache/jejaring-bench-page/', import.meta.url));
const ROOT = fileURLToPath(new URL('./page/', import.meta.url));

export async function buildBenchPage(): Promise<string> {
  const { build } = await import('vite');
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: BENCH_PAGE_DIST, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
  return BENCH_PAGE_DIST;
}
