// The Article view's model (pure): the text cut into pieces at every sentence, mention and quote
// boundary, quotes grouped by the span they cover (one sentence often states several relations),
// and what a graph selection highlights in it.
import type { GraphEdge, Selection, SourceInfo } from './types';

export interface Span {
  start: number;
  end: number;
}

export interface ArticleMention extends Span {
  entityId: string;
  name: string;
  type: string;
  sentence: number;
}

export interface ArticleQuote {
  edge: GraphEdge;
  /** "Vladimir Putin visits Pyongyang": how a person reads the relation. */
  label: string;
  quote: string;
  /** Null when the quote is not in the text verbatim (listed apart, never dropped). */
  span: Span | null;
  sentence: number | null;
}

export interface ArticleData {
  source: SourceInfo;
  /** Null when the source has no full text. */
  text: string | null;
  sentences: Span[];
  mentions: ArticleMention[];
  quotes: ArticleQuote[];
}

/** The located quotes that cover the same span: one highlight, several relations. */
export interface QuoteGroup extends Span {
  /** Indexes into `quotes`, in the server's order. */
  quotes: number[];
}

/** A run of text with one meaning: which sentence, which mention, which quote groups it is in. */
export interface Piece extends Span {
  sentence: number | null;
  mention: number | null;
  groups: number[];
}

export function quoteGroups(quotes: readonly ArticleQuote[]): QuoteGroup[] {
  const byKey = new Map<string, QuoteGroup>();
  quotes.forEach((quote, index) => {
    if (!quote.span) return;
    const key = `${quote.span.start}:${quote.span.end}`;
    const group = byKey.get(key);
    if (group) group.quotes.push(index);
    else byKey.set(key, { ...quote.span, quotes: [index] });
  });
  return [...byKey.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * For each piece between consecutive `points`, the indices of the spans that cover it, ascending.
 * One sweep in start order (spans that ended are dropped), not every span for every piece: a
 * long article has tens of thousands of both.
 */
function covering(spans: readonly Span[], points: readonly number[]): number[][] {
  const order = spans.map((_, index) => index).sort((a, b) => (spans[a] as Span).start - (spans[b] as Span).start);
  const active = new Set<number>();
  const out: number[][] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    for (; next < order.length && (spans[order[next] as number] as Span).start <= start; next++) active.add(order[next] as number);
    for (const index of active) if ((spans[index] as Span).end <= start) active.delete(index);
    out.push([...active].filter((index) => (spans[index] as Span).end >= end).sort((a, b) => a - b));
  }
  return out;
}

/** Pieces covering the whole text, in order; boundaries where anything starts or ends. */
export function articlePieces(text: string, sentences: readonly Span[], mentions: readonly Span[], groups: readonly Span[]): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const span of [...sentences, ...mentions, ...groups]) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const inSentences = covering(sentences, points);
  const inMentions = covering(mentions, points);
  const inGroups = covering(groups, points);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    pieces.push({
      start: points[i] as number,
      end: points[i + 1] as number,
      sentence: inSentences[i]?.[0] ?? null,
      mention: inMentions[i]?.[0] ?? null,
      groups: inGroups[i] ?? [],
    });
  }
  return pieces;
}

/**
 * The relation a click on a quote group selects: the first of the group, or the one after the
 * selected relation when that is already one of the group (clicking again walks through them).
 */
export function nextQuote(group: QuoteGroup, quotes: readonly ArticleQuote[], selection: Selection): number {
  const first = group.quotes[0] as number;
  if (selection?.kind !== 'edge') return first;
  const at = group.quotes.findIndex((q) => quotes[q]?.edge.id === selection.id);
  return at < 0 ? first : (group.quotes[(at + 1) % group.quotes.length] as number);
}

export interface Highlight {
  sentences: Set<number>;
  mentions: Set<number>;
  groups: Set<number>;
  /** Quotes not in the text that the selection has (their list items are marked). */
  unlocated: Set<number>;
}

/** What a selection lights up: a node's mentions and their sentences; a relation's quotes and theirs. */
export function highlightFor(data: ArticleData, groups: readonly QuoteGroup[], selection: Selection): Highlight {
  const out: Highlight = { sentences: new Set(), mentions: new Set(), groups: new Set(), unlocated: new Set() };
  if (!selection) return out;
  if (selection.kind === 'node') {
    data.mentions.forEach((m, i) => {
      if (m.entityId !== selection.id) return;
      out.mentions.add(i);
      out.sentences.add(m.sentence);
    });
    return out;
  }
  data.quotes.forEach((q, i) => {
    if (q.edge.id !== selection.id) return;
    if (q.sentence !== null) out.sentences.add(q.sentence);
    if (!q.span) out.unlocated.add(i);
  });
  groups.forEach((g, i) => {
    if (g.quotes.some((q) => data.quotes[q]?.edge.id === selection.id)) out.groups.add(i);
  });
  return out;
}
