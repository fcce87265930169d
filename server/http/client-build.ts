// `npm start` (and the e2e set-up) build the client when client/dist is missing or older than
// any of its sources, so that a pull or an edit of client/src never serves an old bundle.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLIENT_ROOT = fileURLToPath(new URL('../../client/', import.meta.url));
export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url));
const CLIENT_CONFIG = join(CLIENT_ROOT, 'vite.config.ts');
const NOT_SOURCES = new Set(['dist', 'node_modules']);

export type ClientBuildState = 'missing' | 'stale' | 'current';

/** Newest modification time (ms) of the files under `dir`, skipping dist/ and node_modules/. */
function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_SOURCES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether `root`/dist/index.html exists and was built after every source file (a stat walk, no hashing). */
export function clientBuildState(root = CLIENT_ROOT): ClientBuildState {
  let builtMtime: number;
  try {
    builtMtime = statSync(join(root, 'dist', 'index.html')).mtimeMs;
  } catch {
    return 'missing';
  }
  return newestSourceMtime(root) > builtMtime ? 'stale' : 'current';
}

export async function ensureClientBuilt(log: (line: string) => void): Promise<string> {
  const state = clientBuildState();
  if (state !== 'current') {
    log(
      state === 'missing' ? 'building the client (client/dist is missing)…' : 'building the client (client/ changed since the last build)…',
    );
    const { build } = await import('vite');
    await build({ configFile: CLIENT_CONFIG, logLevel: 'warn' });
  }
  return CLIENT_DIST;
}
