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

/** Characters segmented at a time: V8's segmenter slows down quadratically on one long string. */
export const SEGMENT_WINDOW = 10_000;

export function segmentSentences(text: string, language: string, window = SEGMENT_WINDOW): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const out: Sentence[] = [];
  let start = -1;
  for (const { segment, index } of windowedSegments(segmenter, text, window)) {
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

/**
 * The segmenter's segments of `text`, cut into windows of whole lines where it can (a line end
 * always ends a segment, so nothing changes there); a window without a line end drops its last
 * segment, which the window may have cut, and starts the next window at it. One sentence longer
 * than a window is cut at the window's end.
 */
function* windowedSegments(segmenter: Intl.Segmenter, text: string, window: number): Generator<{ segment: string; index: number }> {
  let pos = 0;
  while (pos < text.length) {
    let end = Math.min(text.length, pos + window);
    if (end < text.length) {
      const lineEnd = text.lastIndexOf('\n', end - 1);
      if (lineEnd >= pos) end = lineEnd + 1;
    }
    const parts = [...segmenter.segment(text.slice(pos, end))];
    const last = parts[parts.length - 1];
    const cut = end < text.length && text[end - 1] !== '\n' && parts.length > 1 && last !== undefined;
    for (const part of cut ? parts.slice(0, -1) : parts) yield { segment: part.segment, index: pos + part.index };
    pos = cut ? pos + last.index : end;
  }
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
