// Type guesses from cue words around or inside a name (lexicon.ts has the lists).
import { foldName } from './fold-map';
import {
  CONFIDENCE,
  DOCUMENT_HEADS,
  EVENT_HEADS,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  type CueType,
} from './lexicon';
import type { Token } from './tokens';
import type { Cue } from './types';

export interface TypeVote {
  type: CueType;
  confidence: number;
  cue: Cue;
}

const fold = (words: readonly string[]) => new Set(words.map(foldName));
const TITLES = fold(PERSON_TITLES);
const ORGANIZATIONS = fold(ORGANIZATION_HEADS);
const PLACES = fold(PLACE_HEADS);
const DOCUMENTS = fold(DOCUMENT_HEADS);
const EVENTS = fold(EVENT_HEADS);
const LONGEST_TITLE = Math.max(...PERSON_TITLES.map((title) => title.split(/[ -]/).length));

const cueOf = (tokens: readonly Token[]): Cue => {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  return { text: tokens.map((t) => t.text).join(' '), start: first.start, end: last.end };
};

/** Length of the title that `tokens` start with (0 if none); the longest title wins. */
export function titleAt(tokens: readonly Token[], from = 0): number {
  for (let n = Math.min(LONGEST_TITLE, tokens.length - from); n > 0; n -= 1) {
    if (
      TITLES.has(
        foldName(
          tokens
            .slice(from, from + n)
            .map((t) => t.text)
            .join(' '),
        ),
      )
    )
      return n;
  }
  return 0;
}

/** Length of the title that ends right at tokens[end - 1] (0 if none). */
export function titleEndingAt(tokens: readonly Token[], end: number): number {
  for (let n = Math.min(LONGEST_TITLE, end); n > 0; n -= 1) {
    if (
      TITLES.has(
        foldName(
          tokens
            .slice(end - n, end)
            .map((t) => t.text)
            .join(' '),
        ),
      )
    )
      return n;
  }
  return 0;
}

export function isHeadWord(token: Token): boolean {
  const word = foldName(token.text);
  return ORGANIZATIONS.has(word) || DOCUMENTS.has(word) || EVENTS.has(word) || PLACES.has(word) || TITLES.has(word);
}

/** Organization and Document heads may open a name even as a sentence's first word. */
export function opensName(token: Token): boolean {
  const word = foldName(token.text);
  return ORGANIZATIONS.has(word) || DOCUMENTS.has(word);
}

/** Votes from the name's own words (Universitas …, … University, KTT …, Semenanjung …). */
export function headVotes(name: readonly Token[]): TypeVote[] {
  const votes: TypeVote[] = [];
  for (const token of name) {
    const word = foldName(token.text);
    const cue = cueOf([token]);
    if (ORGANIZATIONS.has(word)) votes.push({ type: 'Organization', confidence: CONFIDENCE.head, cue });
    else if (DOCUMENTS.has(word)) votes.push({ type: 'Document', confidence: CONFIDENCE.head, cue });
    else if (EVENTS.has(word)) votes.push({ type: 'Event', confidence: CONFIDENCE.head, cue });
    else if (PLACES.has(word)) votes.push({ type: 'Place', confidence: CONFIDENCE.placeHead, cue });
  }
  return votes;
}

/** Votes from the words right before the name: a title, kota/provinsi, or di/ke/dari/in/to/from. */
export function contextVotes(sentence: readonly Token[], nameStart: number, adjacent: (a: Token, b: Token) => boolean): TypeVote[] {
  const votes: TypeVote[] = [];
  const first = sentence[nameStart];
  const previous = sentence[nameStart - 1];
  if (!first || !previous || !adjacent(previous, first)) return votes;
  const title = titleEndingAt(sentence, nameStart);
  if (title > 0) {
    votes.push({ type: 'Person', confidence: CONFIDENCE.titleBefore, cue: cueOf(sentence.slice(nameStart - title, nameStart)) });
  }
  const word = foldName(previous.text);
  if (PLACES.has(word)) votes.push({ type: 'Place', confidence: CONFIDENCE.placeHead, cue: cueOf([previous]) });
  if (PLACE_PREPOSITIONS.has(word)) votes.push({ type: 'Place', confidence: CONFIDENCE.preposition, cue: cueOf([previous]) });
  return votes;
}

export function bestVote(votes: readonly TypeVote[]): TypeVote | undefined {
  let best: TypeVote | undefined;
  for (const vote of votes) if (!best || vote.confidence > best.confidence) best = vote;
  return best;
}
