// Sentence segmentation: Intl.Segmenter for the article's language, then three repairs it needs
// for news text: no break after an abbreviation (Prof., Dr., Jl., No.), none inside a quotation
// (“…” or "…"), none inside a date (ICU already keeps 19/6/2024 and 19.6.2024 whole). A break at a
// line end always stands: paragraphs are never joined, so an unclosed quote cannot swallow the rest.
import { ABBREVIATIONS } from './lexicon';

export interface Sentence {
  /** UTF-16 offsets into the article; text.slice(start, end) is the sentence, trimmed. */
  start: number;
  end: number;
}

const ABBREVIATION_AT_END = /(?:^|[\s(“"‘'])([\p{L}][\p{L}.]*)\.$/u;
const DATE_AT_END = /\d{1,2}[./]$/u;
const DATE_AT_START = /^\d{1,2}[./]\d{2,4}/u;

export function segmentSentences(text: string, language: string): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const out: Sentence[] = [];
  let start = -1;
  for (const { segment, index } of segmenter.segment(text)) {
    if (start < 0) start = index;
    const end = index + segment.length;
    const next = text.slice(end, end + 12);
    if (!/\n\s*$/u.test(segment) && end < text.length && continues(text.slice(start, end).trimEnd(), next)) continue;
    push(out, text, start, end);
    start = -1;
  }
  if (start >= 0) push(out, text, start, text.length);
  return out;
}

function continues(sentence: string, next: string): boolean {
  const abbreviation = ABBREVIATION_AT_END.exec(sentence)?.[1];
  if (abbreviation && isAbbreviation(abbreviation)) return true;
  if (DATE_AT_END.test(sentence) && DATE_AT_START.test(next)) return true;
  return insideQuote(sentence);
}

function isAbbreviation(word: string): boolean {
  // A single capital is an initial (John F. Kennedy); dotted forms (U.S., a.n.) are abbreviations.
  if (/^\p{Lu}$/u.test(word) || word.includes('.')) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function insideQuote(sentence: string): boolean {
  const opened = count(sentence, '“') - count(sentence, '”');
  return opened > 0 || count(sentence, '"') % 2 === 1;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n += 1;
  return n;
}

function push(out: Sentence[], text: string, start: number, end: number) {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  const s = start + lead;
  const e = end - trail;
  // Separator lines (***) and empty segments carry no sentence.
  if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e });
}
