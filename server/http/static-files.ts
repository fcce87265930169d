// Serves the built client (client/dist). Unknown paths get index.html so that view URLs reload.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export async function serveStatic(clientDir: string, pathname: string): Promise<Response | null> {
  const root = resolve(clientDir);
  const decoded = decodePath(pathname);
  // A malformed escape (`/%zz`) names no file: the routes answer 404.
  if (decoded === null) return null;
  const candidate = join(root, normalize(decoded));
  if (!candidate.startsWith(root + sep) && candidate !== root) return null;
  const file = (await isFile(candidate)) ? candidate : join(root, 'index.html');
  if (!(await isFile(file))) return null;
  const body = await readFile(file);
  const immutable = file.includes(`${sep}assets${sep}`);
  return new Response(body, {
    headers: {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    },
  });
}

function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
