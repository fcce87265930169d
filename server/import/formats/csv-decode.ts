// The bytes of one CSV file → text, in the encodings spreadsheets write (docs/seed-format.md, "CSV"):
// UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM (Excel "Unicode Text"), and Windows-1252
// (Excel "CSV" on Windows; Latin-1 text is the same except for C1 controls). What cannot be
// decoded exactly is refused with its byte offset, never turned into U+FFFD.
import iconv from 'iconv-lite';
import { byteLine, describeInvalidUtf8, invalidUtf8Offset, lineColumn } from '../../domain/text-checks';

export type CsvEncoding = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252';

export type Decoded = { ok: true; text: string; encoding: CsvEncoding } | { ok: false; line: number; column: number; message: string };

/** The five bytes Windows-1252 leaves undefined: a file holding one is not Windows-1252 text. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const hex = (b: number) => `0x${b.toString(16).padStart(2, '0')}`;

/**
 * A BOM decides. Without one, valid UTF-8 is UTF-8. Bytes that are not UTF-8 are read as
 * Windows-1252 only when the file holds no well-formed multi-byte UTF-8 sequence (a file that is
 * UTF-8 in places is broken UTF-8, and reading it as Windows-1252 would store mojibake) and every
 * byte is defined in Windows-1252; otherwise the file is refused at the first byte that breaks.
 */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'UTF-16 LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'UTF-16 BE');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // Plain text never holds NUL; UTF-16 without its BOM does (every ASCII character is one).
    return {
      ok: false,
      ...lineColumnOfBytes(bytes, nul),
      message: `a NUL byte (byte offset ${nul}): UTF-16 without a byte order mark? Save the file as UTF-8, or as Unicode text with its BOM`,
    };
  }
  const invalid = invalidUtf8Offset(bytes);
  if (invalid === undefined)
    return {
      ok: true,
      text: Buffer.from(bytes)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
      encoding: 'UTF-8',
    };
  if (bom || hasUtf8Sequence(bytes)) return { ok: false, ...describeInvalidUtf8(bytes, invalid) };
  const undefinedAt = bytes.findIndex((b) => UNDEFINED_1252.has(b));
  if (undefinedAt !== -1) {
    return {
      ok: false,
      ...lineColumnOfBytes(bytes, undefinedAt),
      message:
        `neither UTF-8 (byte offset ${invalid}: ${hex(bytes[invalid] as number)}) nor Windows-1252 ` +
        `(byte offset ${undefinedAt}: ${hex(bytes[undefinedAt] as number)} is undefined there); save the file as UTF-8`,
    };
  }
  return { ok: true, text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'Windows-1252' };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16 LE' | 'UTF-16 BE'): Decoded {
  const body = Buffer.from(bytes.subarray(2));
  const text = iconv.decode(body, encoding === 'UTF-16 LE' ? 'utf16le' : 'utf16be', { stripBOM: false });
  if (body.length % 2 === 1) {
    const offset = bytes.length - 1;
    return {
      ok: false,
      ...lineColumn(text, text.length),
      message: `${encoding}: an odd number of bytes (byte offset ${offset} is half a character)`,
    };
  }
  const lone = /[\uD800-\uDFFF]/u.exec(text);
  if (lone) {
    const offset = 2 + lone.index * 2;
    return {
      ok: false,
      ...lineColumn(text, lone.index),
      message: `${encoding}: lone surrogate U+${text.charCodeAt(lone.index).toString(16).toUpperCase()} at byte offset ${offset} (not Unicode text)`,
    };
  }
  return { ok: true, text, encoding };
}

/** True when the bytes hold at least one well-formed UTF-8 sequence of two or more bytes. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) continue;
    const tail = bytes.subarray(i + 1, i + 1 + need);
    if (
      tail.length === need &&
      tail.every((c) => c >= 0x80 && c <= 0xbf) &&
      invalidUtf8Offset(bytes.subarray(i, i + 1 + need)) === undefined
    )
      return true;
  }
  return false;
}

/** Line and column of a byte offset in a single-byte (or ASCII-prefixed) text. */
function lineColumnOfBytes(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const { line, lineStart } = byteLine(bytes, offset);
  return { line, column: offset - lineStart + 1 };
}
