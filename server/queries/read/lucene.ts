// Turns what a user typed into a Lucene query for the `entity_search` fulltext index. User text never
// reaches Lucene syntax as is: it is cut into words of letters and digits, and each word is escaped.
import { foldText } from '../../domain/text';

/** Field boosts: a name match counts most, a description match least. */
export const SEARCH_FIELDS = [
  { field: 'name', boost: 3 },
  { field: '_aliasText', boost: 2 },
  { field: 'description', boost: 0.5 },
] as const;

/** Relative weight of a prefix (`eas*`) and a fuzzy (`easly~1`) match to an exact word match. */
const PREFIX_WEIGHT = 0.5;
const FUZZY_WEIGHT = 0.4;
/** A phrase match of all the words in a row ("korea utara") on top of the word matches. */
const PHRASE_WEIGHT = 2;
/** Fuzzy matching for shorter words matches too much ("un~1" would match "us", "in", ...). */
export const FUZZY_MIN_LENGTH = 4;
/** Words beyond this are ignored: it bounds the size of the Lucene query. */
export const MAX_QUERY_WORDS = 10;

/** The analyzer (standard-folding) drops these English stop words; they cannot be required. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

const SPECIAL_CHARACTERS = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const KEYWORDS = /\b(AND|OR|NOT)\b/g;

/** Escapes every Lucene special character and the AND/OR/NOT keywords so the text is literal. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL_CHARACTERS, (c) => `\\${c}`).replace(KEYWORDS, (word) => `\\${word}`);
}

/** The folded words of a text: runs of letters and digits, as the analyzer tokenises. */
export function searchWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const num = (value: number) => String(Number(value.toFixed(3)));

function wordClause(word: string, isLast: boolean): string {
  const term = escapeLucene(word);
  const alternatives: string[] = [];
  for (const { field, boost } of SEARCH_FIELDS) {
    alternatives.push(`${field}:${term}^${num(boost)}`);
    // Prefix on every word of two letters or more, and on the last even when shorter (autocomplete).
    if (word.length >= 2 || isLast) alternatives.push(`${field}:${term}*^${num(boost * PREFIX_WEIGHT)}`);
    if (word.length >= FUZZY_MIN_LENGTH) alternatives.push(`${field}:${term}~1^${num(boost * FUZZY_WEIGHT)}`);
  }
  // Every word must match somewhere, except stop words (the index does not hold them).
  const required = !STOP_WORDS.has(word);
  return `${required ? '+' : ''}(${alternatives.join(' ')})`;
}

/** The Lucene query for a user's search text, or null when it has no words to search for. */
export function buildLuceneQuery(text: string): string | null {
  const words = searchWords(text).slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return null;
  const clauses = words.map((word, index) => wordClause(word, index === words.length - 1));
  if (words.length > 1) {
    const phrase = words.map(escapeLucene).join(' ');
    const phrases = SEARCH_FIELDS.map(({ field, boost }) => `${field}:"${phrase}"^${num(boost * PHRASE_WEIGHT)}`);
    clauses.push(`(${phrases.join(' ')})`);
  }
  return clauses.join(' ');
}
