// When `npm start` and the e2e set-up rebuild the client: dist missing, or older than any source.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientBuildState } from '../../server/http/client-build';

describe('clientBuildState', () => {
  let root: string;
  // Explicit times (seconds), so that the test never depends on the clock's resolution.
  const file = (path: string, time: number) => {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, path);
    utimesSync(full, time, time);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'jejaring-client-build-'));
    file('index.html', 1000);
    file('vite.config.ts', 1000);
    file('src/main.ts', 1000);
    file('src/views/canvas.ts', 1000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is missing without dist/index.html', () => {
    file('dist/assets/index.js', 2000);
    expect(clientBuildState(root)).toBe('missing');
  });

  it('is current when the build is newer than every source', () => {
    file('dist/index.html', 2000);
    expect(clientBuildState(root)).toBe('current');
  });

  it.each(['src/views/canvas.ts', 'src/new-file.ts', 'index.html', 'vite.config.ts'])(
    'is stale when %s changed after the build',
    (path) => {
      file('dist/index.html', 2000);
      file(path, 3000);
      expect(clientBuildState(root)).toBe('stale');
    },
  );

  it('ignores files under dist/ and node_modules/', () => {
    file('dist/index.html', 2000);
    file('dist/assets/index.js', 3000);
    file('node_modules/some-package/index.js', 3000);
    expect(clientBuildState(root)).toBe('current');
  });
});
