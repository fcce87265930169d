// New-name candidates: runs of capitalised words (with connectors, hyphenated names, acronyms)
// that are not already known names, each with the cue votes for its type.
import { contextVotes, headVotes, isHeadWord, opensName, titleAt, type TypeVote } from './cues';
import { foldName } from './fold-map';
import { CONFIDENCE, CONNECTORS, NOT_NAMES } from './lexicon';
import { adjacent as follows, onlySpaces, type Token } from './tokens';

export interface Occurrence {
  name: string;
  start: number;
  end: number;
  sentence: number;
  tokens: Token[];
  votes: TypeVote[];
  /** Other forms of the same thing (a descriptive phrase without its trailing name). */
  aliases?: string[];
}

interface Span {
  start: number;
  end: number;
}

const APPOSITIVE = /^,\s*$/u;

function isNameWord(token: Token): boolean {
  return token.capitalised && !token.domain && !NOT_NAMES.has(token.lower) && /\p{L}.*\p{L}|\p{L}\p{N}/u.test(token.text);
}

/** Folded words written with a capital somewhere other than a sentence's (or quotation's) start. */
export function capitalisedMidSentence(sentences: readonly Token[][]): Set<string> {
  const out = new Set<string>();
  for (const tokens of sentences) for (const token of tokens) if (token.capitalised && !token.initial) out.add(foldName(token.text));
  return out;
}

/** Runs of name words in one sentence, as [from, to) token index ranges. */
function runsOf(text: string, tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i] as Token)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const prev = tokens[j - 1] as Token;
      const next = tokens[j];
      if (next && isNameWord(next) && follows(text, prev, next)) j += 1;
      else {
        // Connectors (one or more: van der, bin) join two name words: Ilse van der Berg.
        let k = j;
        while (
          tokens[k] &&
          CONNECTORS.has((tokens[k] as Token).lower) &&
          onlySpaces(text, (tokens[k - 1] as Token).end, (tokens[k] as Token).start)
        )
          k += 1;
        const after = tokens[k];
        if (k > j && after && isNameWord(after) && onlySpaces(text, (tokens[k - 1] as Token).end, after.start)) j = k + 1;
        else break;
      }
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

export function findOccurrences(text: string, sentenceTokens: readonly Token[][], known: readonly Span[]): Occurrence[] {
  const midSentence = capitalisedMidSentence(sentenceTokens);
  const isKnown = (token: Token) => known.some((span) => token.start < span.end && span.start < token.end);
  const adjacent = (a: Token, b: Token) => follows(text, a, b);
  const out: Occurrence[] = [];
  sentenceTokens.forEach((tokens, sentence) => {
    const runs = runsOf(text, tokens);
    const extra: TypeVote[][] = runs.map(() => []);
    const parts: { from: number; to: number; run: number; contextAt: number | null }[] = [];
    runs.forEach(([runFrom, to], r) => {
      // "North Korean leader Kim Jong Un": a run right before a title is the title's modifier.
      const next = tokens[to];
      if (next && titleAt(tokens, to) > 0 && adjacent(tokens[to - 1] as Token, next) && tokens[to + titleAt(tokens, to)]?.capitalised)
        return;
      // "Russian President Vladimir Putin": the words before a title inside a run modify it.
      let from = runFrom;
      for (let k = runFrom + 1; k < to - 1; k += 1) {
        const n = titleAt(tokens, k);
        if (n > 0 && k + n < to) {
          from = k;
          break;
        }
      }
      let start = from;
      const title = titleAt(tokens, from);
      if (title > 0) {
        const cue = {
          text: text.slice((tokens[from] as Token).start, (tokens[from + title - 1] as Token).end),
          start: (tokens[from] as Token).start,
          end: (tokens[from + title - 1] as Token).end,
        };
        const previousRun = runs[r - 1];
        if (previousRun && APPOSITIVE.test(text.slice((tokens[previousRun[1] - 1] as Token).end, (tokens[from] as Token).start))) {
          // "X, Direktur Studi Korea Utara": the title describes X; what follows it is its job, not a name.
          extra[r - 1]?.push({ type: 'Person', confidence: CONFIDENCE.titleAfter, cue });
          return;
        }
        start = from + title;
        if (start >= to) return; // a title alone
        const nextRun = runs[r + 1];
        if (nextRun && APPOSITIVE.test(text.slice((tokens[to - 1] as Token).end, (tokens[nextRun[0]] as Token).start))) {
          // "Presiden Rusia, Vladimir Putin": the title belongs to the name after the comma.
          extra[r + 1]?.push({ type: 'Person', confidence: CONFIDENCE.titleAppositive, cue });
        } else {
          extra[r]?.push({ type: 'Person', confidence: CONFIDENCE.titleBefore, cue });
        }
      }
      // "X, profesor studi …": a lower-case title after the comma describes X.
      const after = tokens[to];
      if (after && !after.capitalised && APPOSITIVE.test(text.slice((tokens[to - 1] as Token).end, after.start))) {
        const n = titleAt(tokens, to);
        if (n > 0) {
          const last = tokens[to + n - 1] as Token;
          extra[r]?.push({
            type: 'Person',
            confidence: CONFIDENCE.titleAfter,
            cue: { text: text.slice(after.start, last.end), start: after.start, end: last.end },
          });
        }
      }
      const first = tokens[start] as Token;
      if (
        start === from &&
        first.initial &&
        !first.acronym &&
        !midSentence.has(foldName(first.text)) &&
        !(opensName(first) && to - start > 1)
      )
        start += 1;
      let end = to;
      while (start < end && CONNECTORS.has((tokens[start] as Token).lower)) start += 1;
      while (end > start && CONNECTORS.has((tokens[end - 1] as Token).lower)) end -= 1;
      // Split around known names: what is left between them are the candidates.
      let partStart = start;
      for (let i = start; i <= end; i += 1) {
        if (i === end || isKnown(tokens[i] as Token)) {
          // Context words (di, kota, a lower-case title) stand before the run, so only its first part has them.
          if (i > partStart) parts.push({ from: partStart, to: i, run: r, contextAt: partStart === start && title === 0 ? from : null });
          partStart = i + 1;
        }
      }
    });
    for (const { from, to, run, contextAt } of parts) {
      let a = from;
      let b = to;
      while (a < b && CONNECTORS.has((tokens[a] as Token).lower)) a += 1;
      while (b > a && CONNECTORS.has((tokens[b - 1] as Token).lower)) b -= 1;
      const name = tokens.slice(a, b);
      if (name.length === 0 || (name.length === 1 && isHeadWord(name[0] as Token))) continue;
      const startToken = name[0] as Token;
      const endToken = name[name.length - 1] as Token;
      out.push({
        name: text.slice(startToken.start, endToken.end),
        start: startToken.start,
        end: endToken.end,
        sentence,
        tokens: name,
        votes: [...headVotes(name), ...(contextAt === null ? [] : contextVotes(tokens, contextAt, adjacent)), ...(extra[run] ?? [])],
      });
    }
  });
  return out;
}
