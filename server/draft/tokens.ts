// Words with their offsets. A word may hold inner hyphens, apostrophes and dots (Leif-Eric,
// O'Brien, U.S, konteks.co.id); the rules below tell names from domains and abbreviations.
import { ABBREVIATIONS, NAME_PREFIX } from './lexicon';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case, for the word lists. */
  lower: string;
  /** Starts with a capital (or is al-/el- + capital). */
  capitalised: boolean;
  /** Two or more letters, all capitals (PBB, NATO, G20). */
  acronym: boolean;
  /** A web address or file name (konteks.co.id): never part of a name. */
  domain: boolean;
  /** First word of its sentence or of a quotation: its capital says nothing. */
  initial: boolean;
}

// A possessive 's is not part of the word: "South Korea's" is the name "South Korea".
const WORD =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*|['’](?!s(?![\p{L}\p{N}]))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const out: Token[] = [];
  for (const match of slice.matchAll(WORD)) {
    const word = match[0];
    const at = start + (match.index ?? 0);
    const letters = word.replace(/[^\p{L}]/gu, '');
    const before = text.slice(start, at);
    out.push({
      text: word,
      start: at,
      end: at + word.length,
      lower: word.toLowerCase(),
      capitalised: /^\p{Lu}/u.test(word) || NAME_PREFIX.test(word),
      acronym: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      domain: /\.[\p{L}]{2,}/u.test(word) && !/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word),
      // Nothing but punctuation before it in the sentence, or an opening quote right before it.
      initial: !/[\p{L}\p{N}]/u.test(before) || /[“"‘]\s*$/u.test(before),
    });
  }
  return out;
}

/** Whether only spaces (no line break, no punctuation) stand between two offsets. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  return from <= to && /^[ \t\u00A0]*$/u.test(text.slice(from, to));
}

/** Whether `b` follows `a` in the same phrase: only spaces between, or the dot of an abbreviation (Prof. X). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (onlySpaces(text, a.end, b.start)) return true;
  return ABBREVIATIONS.has(a.lower) && /^\.[ \t\u00A0]+$/u.test(text.slice(a.end, b.start));
}
