// Text that cannot be stored as it was written: bytes that are not UTF-8 and UTF-16 strings with
// a lone surrogate. Decoders would turn both into U+FFFD silently; the loader refuses them and
// says where (docs/seed-format.md, "Limits").

const fatal = new TextDecoder('utf-8', { fatal: true });

/** Byte offset of the first byte that does not start a well-formed UTF-8 sequence; undefined: valid. */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  try {
    fatal.decode(bytes);
    return undefined;
  } catch {
    // Native check failed: find where, by the rules of the Encoding Standard (no overlongs, no surrogates, ≤ U+10FFFF).
  }
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lower || c > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return undefined;
}

/** 1-based line of a byte offset, and the offset where that line starts. */
export function byteLine(bytes: Uint8Array, offset: number): { line: number; lineStart: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, lineStart };
}

/** 1-based line and column (in characters) of a byte offset whose prefix is valid UTF-8. */
export function byteLineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const { line, lineStart } = byteLine(bytes, offset);
  const before = new TextDecoder().decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}

/** `{line: 3, column: 14, message: "invalid UTF-8 (byte offset 57: 0xff …)"}` */
export function describeInvalidUtf8(bytes: Uint8Array, offset: number): { line: number; column: number; message: string } {
  const shown = Array.from(bytes.subarray(offset, offset + 4), (b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ');
  return { ...byteLineColumn(bytes, offset), message: `invalid UTF-8 (byte offset ${offset}: ${shown}); save the file as UTF-8` };
}

// With the u flag a class of surrogates matches only unpaired ones: pairs are one code point.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Index of the first lone surrogate in `text`, or -1. */
export function loneSurrogateIndex(text: string): number {
  return LONE_SURROGATE.exec(text)?.index ?? -1;
}

/** 1-based line and column of a string index. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: [...text.slice(lineStart, index)].length + 1 };
}

export const loneSurrogateMessage = (text: string, index: number) =>
  `lone surrogate U+${text.charCodeAt(index).toString(16).toUpperCase()} (half of a UTF-16 pair; not Unicode text)`;
