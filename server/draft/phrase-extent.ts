// The extent of a descriptive phrase (docs/drafting.md, "Descriptive phrases"): where it starts
// and ends around its cue noun. Indonesian modifiers follow the head, English ones precede it.
import { foldName } from './fold-map';
import { NOT_NAMES, type CueType } from './lexicon';
import {
  ANAPHORIC,
  FIELD_LINKS,
  MAX_MODIFIERS,
  NOT_VERBS,
  NUMBER_WORDS,
  PHRASE_HEADS_EN,
  PHRASE_STOPS,
  VERB_SHAPE,
} from './phrase-lexicon';
import { onlySpaces, type Token } from './tokens';

export type Heads = Readonly<Record<string, CueType>>;
const LONGEST_HEAD = 2;

/** A phrase as found: its token range, the trailing (id) or leading (en) name inside it, the head. */
export interface Found {
  from: number;
  to: number;
  name: [number, number] | null;
  head: [number, number];
  type: CueType;
}

/** Anaphoric: this phrase refers back to something named elsewhere ("kunjungan ini", "angkasanya"). */
function isAnaphoric(token: Token): boolean {
  return ANAPHORIC.has(token.lower) || /^\p{Ll}{4,}nya$/u.test(token.text);
}

/** A word that ends a phrase without being part of it. */
function isStop(token: Token): boolean {
  const word = token.lower;
  if (PHRASE_STOPS.has(word) || NUMBER_WORDS.has(word) || NOT_NAMES.has(word) || /\p{N}/u.test(word)) return true;
  // Shapes of lower-case words only: a capitalised one is a name (United, Menteng).
  if (token.capitalised) return false;
  return (
    (VERB_SHAPE.test(word) && !NOT_VERBS.has(word)) ||
    // English adverbs (-ly) and superlatives (strongest, largest) describe, they do not name.
    /^\p{L}{3,}ly$/u.test(word) ||
    /^\p{L}{3,}est$/u.test(word) ||
    // English past tenses (imposed, signed) are verbs more often than modifiers.
    /^\p{L}{3,}ed$/u.test(word)
  );
}

/** Length of the head (from `heads`) at tokens[i]: lower case, or capitalised as a sentence's first word. */
export function headAt(tokens: readonly Token[], i: number, heads: Heads, text: string): number {
  for (let n = Math.min(LONGEST_HEAD, tokens.length - i); n > 0; n -= 1) {
    const words = tokens.slice(i, i + n);
    if (!words.every((t, k) => k === 0 || onlySpaces(text, (words[k - 1] as Token).end, t.start))) continue;
    const first = words[0] as Token;
    if (words.some((t) => t.capitalised && !(t === first && t.initial && !t.acronym))) continue;
    if (Object.hasOwn(heads, foldName(words.map((t) => t.text).join(' ')))) return n;
  }
  return 0;
}

/** End (exclusive) of the run of capitalised words (a name) that starts at tokens[i]. */
function nameRunEnd(text: string, tokens: readonly Token[], i: number): number {
  let j = i;
  while (
    tokens[j]?.capitalised &&
    !isStop(tokens[j] as Token) &&
    (j === i || onlySpaces(text, (tokens[j - 1] as Token).end, (tokens[j] as Token).start))
  )
    j += 1;
  return j;
}

function fieldLinkAt(tokens: readonly Token[], i: number): number {
  for (const link of FIELD_LINKS) {
    const words = link.split(' ');
    if (words.every((w, k) => tokens[i + k]?.lower === w)) return words.length;
  }
  return 0;
}

/** Indonesian: head, then modifiers, optionally "di bidang" + more, and at most one name to end. */
export function afterHead(text: string, tokens: readonly Token[], i: number, n: number, type: CueType): Found | null {
  let j = i + n;
  let modifiers = 0;
  let name: [number, number] | null = null;
  while (j < tokens.length && modifiers < MAX_MODIFIERS) {
    const next = tokens[j] as Token;
    if (!onlySpaces(text, (tokens[j - 1] as Token).end, next.start)) break;
    const link = fieldLinkAt(tokens, j);
    const afterLink = tokens[j + link];
    if (link > 0 && afterLink && !afterLink.capitalised && !isStop(afterLink) && !isAnaphoric(afterLink)) {
      j += link;
      continue;
    }
    if (isAnaphoric(next)) return null;
    if (isStop(next)) break;
    if (next.capitalised) {
      const end = nameRunEnd(text, tokens, j);
      name = [j, end];
      j = end;
      break;
    }
    j += 1;
    modifiers += 1;
  }
  if (j === i + n) return null; // a head alone names nothing
  return { from: i, to: j, name, head: [i, i + n], type };
}

/** English: modifiers before the head (a name may lead them), and compound heads (partnership treaty). */
export function beforeHead(text: string, tokens: readonly Token[], i: number, n: number, type: CueType, floor: number): Found | null {
  let to = i + n;
  let lastType = type;
  // "partnership treaty": a head right after a head extends the phrase; the last one types it.
  for (;;) {
    const m =
      tokens[to] && onlySpaces(text, (tokens[to - 1] as Token).end, (tokens[to] as Token).start)
        ? headAt(tokens, to, PHRASE_HEADS_EN, text)
        : 0;
    if (m === 0) break;
    lastType =
      PHRASE_HEADS_EN[
        foldName(
          tokens
            .slice(to, to + m)
            .map((t) => t.text)
            .join(' '),
        )
      ] ?? lastType;
    to += m;
  }
  let from = i;
  while (from - 1 >= floor && i - (from - 1) <= MAX_MODIFIERS) {
    const previous = tokens[from - 1] as Token;
    if (!onlySpaces(text, previous.end, (tokens[from] as Token).start)) break;
    if (isAnaphoric(previous)) return null;
    if (isStop(previous)) break;
    from -= 1;
  }
  if (from === i && to === i + n) return null;
  // A leading run of capitalised words is the name the phrase is about (UN sanctions).
  let nameEnd = from;
  while (nameEnd < i && (tokens[nameEnd] as Token).capitalised) nameEnd += 1;
  return { from, to, name: nameEnd > from ? [from, nameEnd] : null, head: [i, to], type: lastType };
}
