// `npm start` builds the client once if client/dist is missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url));
const CLIENT_CONFIG = fileURLToPath(new URL('../../client/vite.config.ts', import.meta.url));

export function isClientBuilt(dir = CLIENT_DIST): boolean {
  return existsSync(join(dir, 'index.html'));
}

export async function ensureClientBuilt(log: (line: string) => void): Promise<string> {
  if (!isClientBuilt()) {
    log('building the client (first run only)…');
    const { build } = await import('vite');
    await build({ configFile: CLIENT_CONFIG, logLevel: 'warn' });
  }
  return CLIENT_DIST;
}
