// Relation suggestions, each citing its sentence verbatim: the speaker COMMENTS_ON the sentence's
// main other mention (status assessed, claimedBy the speaker), and every pair of mentions in a
// sentence, typed when a verb of the lexicon stands between them and left untyped otherwise.
import type { Attribution, SentenceMention } from './attribution';
import { foldName } from './fold-map';
import { RELATION_VERBS, VERB_REACH } from './lexicon';
import type { Token } from './tokens';
import type { DraftSuggestion } from './types';

const VERBS = Object.entries(RELATION_VERBS).flatMap(([type, phrases]) =>
  phrases.map((phrase) => ({ type, words: phrase.split(' ').map(foldName) })),
);

/** Max quote length in a seed (schema: evidence.quote maxLength). */
export const MAX_QUOTE = 2000;

/**
 * Pairs are suggested among a sentence's first this many distinct mentions: pairs grow with the
 * square of the names, and a list of a thousand names in one sentence must not cost a million.
 */
export const MAX_PAIR_MENTIONS = 8;
/** Untyped co-occurrence pairs stop here for the whole draft; typed and attributed ones go on. */
export const MAX_COOCCURRENCE_SUGGESTIONS = 2000;

export function suggestRelations(
  text: string,
  sentences: readonly { start: number; end: number }[],
  sentenceTokens: readonly Token[][],
  mentionsBySentence: readonly SentenceMention[][],
  attributions: readonly (Attribution | null)[],
): DraftSuggestion[] {
  const out: DraftSuggestion[] = [];
  let cooccurrences = 0;
  sentences.forEach((sentence, s) => {
    const quote = text.slice(sentence.start, sentence.end);
    const mentions = mentionsBySentence[s] ?? [];
    const base = { sentence: s, quote, inSeed: false };
    const attribution = attributions[s];
    if (attribution) {
      const target = mainOther(text, sentence, mentions, attribution);
      if (target) {
        out.push({
          ...base,
          type: 'COMMENTS_ON',
          from: attribution.speaker,
          to: target.ref,
          speaker: attribution.speaker,
          status: 'assessed',
          rule: attribution.rule,
        });
      }
    }
    const firsts = firstMentions(mentions).slice(0, MAX_PAIR_MENTIONS);
    const typed = verbPairs(sentenceTokens[s] ?? [], mentions);
    for (let i = 0; i < firsts.length; i += 1) {
      for (let j = i + 1; j < firsts.length; j += 1) {
        const a = (firsts[i] as SentenceMention).ref;
        const b = (firsts[j] as SentenceMention).ref;
        const verb = typed.find((t) => (t.from === a && t.to === b) || (t.from === b && t.to === a));
        if (verb) out.push({ ...base, type: verb.type, from: verb.from, to: verb.to, rule: `verb "${verb.verb}"` });
        else if (cooccurrences < MAX_COOCCURRENCE_SUGGESTIONS) {
          cooccurrences += 1;
          out.push({ ...base, type: null, from: a, to: b, rule: 'co-occurrence' });
        }
      }
    }
  });
  return out;
}

/** The speaker's subject: inside the quotation when there is one, else after the attribution words. */
function mainOther(
  text: string,
  sentence: { start: number },
  mentions: readonly SentenceMention[],
  attribution: Attribution,
): SentenceMention | undefined {
  const others = mentions.filter((m) => m.ref !== attribution.speaker);
  const close = Math.max(text.lastIndexOf('”', attribution.at), text.lastIndexOf('"', attribution.at));
  if (close > sentence.start) {
    const quoted = others.find((m) => m.end <= close);
    if (quoted) return quoted;
  }
  if (attribution.speakerFirst) {
    const after = others.find((m) => m.start >= attribution.at);
    if (after) return after;
  }
  return others[0];
}

function firstMentions(mentions: readonly SentenceMention[]): SentenceMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.ref) && seen.add(m.ref));
}

/** For each lexicon verb: the mention right before it and the first other one after it. */
function verbPairs(tokens: readonly Token[], mentions: readonly SentenceMention[]) {
  const out: { type: string; from: string; to: string; verb: string }[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    for (const { type, words } of VERBS) {
      if (!words.every((word, k) => tokens[i + k] !== undefined && foldName((tokens[i + k] as Token).text) === word)) continue;
      const at = (tokens[i] as Token).start;
      const end = (tokens[i + words.length - 1] as Token).end;
      // Only VISITS has a place at one end: people meet, sign and lead, places do not.
      const fits = (m: SentenceMention) => type === 'VISITS' || m.type !== 'Place';
      const before = mentions.filter((m) => m.end <= at && fits(m)).pop();
      const after = before && mentions.find((m) => m.start >= end && m.ref !== before.ref && fits(m));
      if (!before || !after) continue;
      // Near the verb on both sides.
      if (wordsBetween(tokens, before.end, at) > VERB_REACH || wordsBetween(tokens, end, after.start) > VERB_REACH) continue;
      out.push({ type, from: before.ref, to: after.ref, verb: text(tokens, i, words.length) });
    }
  }
  return out;
}

function text(tokens: readonly Token[], i: number, n: number): string {
  return tokens
    .slice(i, i + n)
    .map((t) => t.text)
    .join(' ');
}

function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  return tokens.filter((t) => t.start >= from && t.end <= to).length;
}
