// Folds a text the way search and entity resolution fold names (normalizeName), keeping a map from
// every folded character back to its span in the original, so that a match in the folded text
// becomes exact original offsets. The fold itself is normalizeName's, applied one code point at a
// time: this file only decides how the pieces join (separators collapse to one space).
import { normalizeName } from '../domain/text';

export interface FoldedText {
  /** Folded text: lower case, no diacritics, punctuation and whitespace runs → one space, trimmed. */
  folded: string;
  /** For folded index k: the original UTF-16 offset where its source character starts… */
  starts: number[];
  /** …and where it ends (exclusive). */
  ends: number[];
}

type Piece = { kind: 'text'; value: string } | { kind: 'separator' } | { kind: 'dropped' };

// One entry per distinct code point seen; articles repeat a small alphabet.
const pieces = new Map<string, Piece>();

function classify(char: string): Piece {
  let piece = pieces.get(char);
  if (piece) return piece;
  const alone = normalizeName(char);
  if (alone) piece = { kind: 'text', value: alone };
  // normalizeName trims, so a lone separator and a dropped character (apostrophe, combining
  // mark) both fold to ''; between two letters they differ: 'a a' versus 'aa'.
  else piece = normalizeName(`a${char}a`) === 'aa' ? { kind: 'dropped' } : { kind: 'separator' };
  pieces.set(char, piece);
  return piece;
}

export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSeparator: { start: number; end: number } | undefined;
  let offset = 0;
  for (const char of text) {
    const start = offset;
    offset += char.length;
    const piece = classify(char);
    if (piece.kind === 'dropped') continue;
    if (piece.kind === 'separator') {
      pendingSeparator ??= { start, end: offset };
      continue;
    }
    if (pendingSeparator && folded.length > 0) {
      folded += ' ';
      starts.push(pendingSeparator.start);
      ends.push(pendingSeparator.end);
    }
    pendingSeparator = undefined;
    folded += piece.value;
    for (let i = 0; i < piece.value.length; i += 1) {
      starts.push(start);
      ends.push(offset);
    }
  }
  return { folded, starts, ends };
}

/** The folded form of a name: what a pattern for it looks like. Equal to normalizeName for names. */
export function foldName(name: string): string {
  return foldWithMap(name).folded;
}
