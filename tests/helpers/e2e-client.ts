// The client the e2e tests drive: built with `--mode e2e`, which exposes window.jejaring (read-only
// handles on the app state and the canvas, client/src/app/debug-handles.ts). The production bundle
// in client/dist has no such handles, so this build goes to its own folder, outside client/.
import { fileURLToPath } from 'node:url';

export const E2E_CLIENT_DIST = fileURLToPath(new URL('../../node_modules/.cache/jejaring-e2e-client/', import.meta.url));
const CLIENT_CONFIG = fileURLToPath(new URL('../../client/vite.config.ts', import.meta.url));

/** Builds the e2e client (every run: a build takes seconds, and a stale one would test old code). */
export async function buildE2eClient(): Promise<string> {
  const { build } = await import('vite');
  await build({ configFile: CLIENT_CONFIG, mode: 'e2e', logLevel: 'warn', build: { outDir: E2E_CLIENT_DIST, emptyOutDir: true } });
  return E2E_CLIENT_DIST;
}
