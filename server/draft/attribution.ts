// Who says a sentence: "kata X", "menurut X", "X mengatakan", "said X", "according to X", … and
// "Dia menambahkan" (a pronoun and a verb of saying) continuing the nearest earlier speaker.
import { foldName } from './fold-map';
import { PRONOUN_REACH, PRONOUNS, SPEAKER_AFTER, SPEAKER_BEFORE, SPEECH_VERBS } from './lexicon';
import { onlySpaces, type Token } from './tokens';

export interface SentenceMention {
  ref: string;
  type: string;
  start: number;
  end: number;
}

export interface Attribution {
  speaker: string;
  /** `attribution "kata"`, `pronoun "Dia"`. */
  rule: string;
  /** Offset of the attribution words: the quotation is what stands before them (or after, for "X mengatakan"). */
  at: number;
  /** Whether the speaker is named before the attribution words (X mengatakan …). */
  speakerFirst: boolean;
  /** The attribution word as written (kata, said, Dia …), and where. */
  cue: { text: string; start: number; end: number };
}

const split = (phrases: readonly string[]) => phrases.map((p) => p.split(' ').map(foldName));
const BEFORE = split(SPEAKER_BEFORE);
const AFTER = split(SPEAKER_AFTER);
const BRIDGE = /^[ \t]*(?:juga|pun|also|then)?[ \t]*$/u;

function found(speaker: string, word: Token, kind: 'attribution' | 'pronoun', speakerFirst: boolean): Attribution {
  return {
    speaker,
    rule: `${kind} "${word.text}"`,
    at: word.start,
    speakerFirst,
    cue: { text: word.text, start: word.start, end: word.end },
  };
}

function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => tokens[i + k] !== undefined && foldName((tokens[i + k] as Token).text) === word);
}

export function attribute(
  text: string,
  sentenceTokens: readonly Token[][],
  mentionsBySentence: readonly SentenceMention[][],
): (Attribution | null)[] {
  const out: (Attribution | null)[] = [];
  sentenceTokens.forEach((tokens, s) => {
    const mentions = mentionsBySentence[s] ?? [];
    out.push(explicit(text, tokens, mentions) ?? pronoun(tokens, out, s));
  });
  return out;
}

function explicit(text: string, tokens: readonly Token[], mentions: readonly SentenceMention[]): Attribution | null {
  // Three passes, strongest first: "X said" (X right before), "said X" (X right after), and
  // "X, <description>, juga berpendapat" (the nearest person before, not across a quotation).
  for (let i = 0; i < tokens.length; i += 1) {
    for (const phrase of AFTER) {
      if (!phraseAt(tokens, i, phrase)) continue;
      const at = (tokens[i] as Token).start;
      const direct = mentions.filter((m) => m.end <= at).find((m) => BRIDGE.test(text.slice(m.end, at)));
      if (direct) return found(direct.ref, tokens[i] as Token, 'attribution', true);
    }
  }
  for (let i = 0; i < tokens.length; i += 1) {
    for (const phrase of BEFORE) {
      if (!phraseAt(tokens, i, phrase)) continue;
      const end = (tokens[i + phrase.length - 1] as Token).end;
      const next = mentions.find((m) => m.start >= end && onlySpaces(text, end, m.start));
      if (next) return found(next.ref, tokens[i] as Token, 'attribution', false);
    }
  }
  for (let i = 0; i < tokens.length; i += 1) {
    for (const phrase of AFTER) {
      if (!phraseAt(tokens, i, phrase)) continue;
      const at = (tokens[i] as Token).start;
      const subject = mentions
        .filter((m) => m.end <= at)
        .reverse()
        .find((m) => m.type === 'Person' && !/[”"]/u.test(text.slice(m.end, at)));
      if (subject) return found(subject.ref, tokens[i] as Token, 'attribution', true);
    }
  }
  return null;
}

function pronoun(tokens: readonly Token[], earlier: readonly (Attribution | null)[], s: number): Attribution | null {
  const [first, second] = tokens;
  if (!first || !second || !PRONOUNS.has(first.lower) || !SPEECH_VERBS.has(second.lower)) return null;
  for (let back = s - 1; back >= Math.max(0, s - PRONOUN_REACH); back -= 1) {
    const previous = earlier[back];
    if (previous) return { ...found(previous.speaker, first, 'pronoun', true), at: second.end };
  }
  return null;
}
