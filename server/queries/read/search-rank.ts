// After Lucene: which name or alias matched (`SearchHit.matched`), and a boost for exact and
// leading matches, so that "PBB" puts the United Nations (alias "PBB") before "sanksi PBB".
import { FUZZY_MIN_LENGTH, searchWords } from './lucene';
import type { EntityModel } from '../../domain/models';

/** Score multipliers: the whole query is a name/alias; a name/alias starts with the query. */
export const EXACT_BOOST = 4;
export const LEADING_BOOST = 2;

/** Edit distance of at most one (insert, delete or substitute one character). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How well one word of the query matches the best word of a name: 1 exact, 0.8 prefix, 0.6 one typo. */
function wordMatch(queryWord: string, words: readonly string[]): number {
  let best = 0;
  for (const word of words) {
    if (word === queryWord) return 1;
    if (word.startsWith(queryWord)) best = Math.max(best, 0.8);
    else if (queryWord.length >= FUZZY_MIN_LENGTH && withinOneEdit(word, queryWord)) best = Math.max(best, 0.6);
  }
  return best;
}

export interface NameMatch {
  text: string;
  /** 0 (no word matched) to 1 (every word matched exactly). */
  quality: number;
  exact: boolean;
  leading: boolean;
}

export function matchName(queryWords: readonly string[], text: string): NameMatch {
  const words = searchWords(text);
  const joinedQuery = queryWords.join(' ');
  const joined = words.join(' ');
  const total = queryWords.reduce((sum, word) => sum + wordMatch(word, words), 0);
  return {
    text,
    quality: queryWords.length === 0 ? 0 : total / queryWords.length,
    exact: joined === joinedQuery,
    leading: joined.startsWith(joinedQuery),
  };
}

const better = (a: NameMatch, b: NameMatch) =>
  Number(a.exact) - Number(b.exact) || Number(a.leading) - Number(b.leading) || a.quality - b.quality;

/** The name or alias that best matches the query; the name wins ties. Null when none matched a word. */
export function bestNameMatch(query: string, entity: Pick<EntityModel, 'name' | 'aliases'>): NameMatch | null {
  const queryWords = searchWords(query);
  let best: NameMatch | null = null;
  for (const text of [entity.name, ...entity.aliases]) {
    const match = matchName(queryWords, text);
    if (match.quality > 0 && (best === null || better(match, best) > 0)) best = match;
  }
  return best;
}

export interface Candidate {
  entity: EntityModel;
  score: number;
}

/** Re-ranks Lucene's candidates with the name match boosts, best first, and keeps `limit`. */
export function rankHits(query: string, candidates: readonly Candidate[], limit: number) {
  return (
    candidates
      .map(({ entity, score }) => {
        const match = bestNameMatch(query, entity);
        const boost = match?.exact ? EXACT_BOOST : match?.leading ? LEADING_BOOST : 1;
        return { entity, score: score * boost, matched: match?.text ?? null };
      })
      // Name and alias hits before hits only through the description, whatever Lucene scored.
      .sort(
        (a, b) => Number(b.matched !== null) - Number(a.matched !== null) || b.score - a.score || a.entity.id.localeCompare(b.entity.id),
      )
      .slice(0, limit)
  );
}
