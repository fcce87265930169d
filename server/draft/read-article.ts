// Reads an article file as UTF-8 text, refusing anything that is not: the draft's offsets and
// quotes must be the article's own characters, so a guessed decoding is never used.
import { readFileSync } from 'node:fs';

export class ArticleError extends Error {}

const REPLACEMENT = '\uFFFD';

export function readArticle(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ArticleError(`${path}: no such file`);
    if (code === 'EISDIR') throw new ArticleError(`${path}: is a folder, not an article file`);
    throw new ArticleError(`${path}: cannot be read (${code ?? (error as Error).message})`);
  }
  return decodeArticle(bytes, path);
}

/** UTF-8 text of `bytes` without a leading byte order mark; throws at the first invalid byte. */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  const offset = firstInvalidByte(bytes);
  if (offset !== undefined) {
    throw new ArticleError(
      `${name}: not UTF-8 text: invalid byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at byte offset ${offset}; save the article as UTF-8`,
    );
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!body.trim()) throw new ArticleError(`${name}: the article is empty`);
  return body;
}

function firstInvalidByte(bytes: Uint8Array): number | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lossy = buffer.toString('utf8');
  // Everything before the first replacement character decoded faithfully, so its UTF-8 length
  // is its byte length. A replacement character that the file itself holds (EF BF BD) is fine.
  let bytesBefore = 0;
  let last = 0;
  for (let i = lossy.indexOf(REPLACEMENT); i >= 0; i = lossy.indexOf(REPLACEMENT, i + 1)) {
    bytesBefore += Buffer.byteLength(lossy.slice(last, i));
    last = i;
    if (buffer[bytesBefore] === 0xef && buffer[bytesBefore + 1] === 0xbf && buffer[bytesBefore + 2] === 0xbd) continue;
    return bytesBefore;
  }
  return undefined;
}
