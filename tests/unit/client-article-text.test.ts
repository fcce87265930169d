// The Article view's pure model (client/src/core/article-text.ts): pieces cut at every boundary,
// quotes grouped by span, the click that walks a group's relations, and what a selection lights up.
import { describe, expect, it } from 'vitest';
import {
  articlePieces,
  highlightFor,
  nextQuote,
  quoteGroups,
  type ArticleData,
  type ArticleQuote,
} from '../../client/src/core/article-text';

const edge = (id: string) => ({ id, type: 'VISITS', source: 'a', target: 'b', properties: {}, evidence: [] });
const quote = (id: string, span: { start: number; end: number } | null, sentence: number | null): ArticleQuote => ({
  edge: edge(id),
  label: id,
  quote: 'q',
  span,
  sentence,
});

//            0         1         2         3
//            0123456789012345678901234567890123
const text = 'Putin tiba. Kim menyambut Putin.';
const data: ArticleData = {
  source: { id: 's' },
  text,
  sentences: [
    { start: 0, end: 11 },
    { start: 12, end: 32 },
  ],
  mentions: [
    { entityId: 'putin', name: 'Putin', type: 'Person', start: 0, end: 5, sentence: 0 },
    { entityId: 'kim', name: 'Kim', type: 'Person', start: 12, end: 15, sentence: 1 },
    { entityId: 'putin', name: 'Putin', type: 'Person', start: 26, end: 31, sentence: 1 },
  ],
  quotes: [
    quote('r1', { start: 12, end: 32 }, 1),
    quote('r2', { start: 12, end: 32 }, 1),
    quote('r3', null, null),
    quote('r4', { start: 0, end: 11 }, 0),
  ],
};

describe('article text model', () => {
  const groups = quoteGroups(data.quotes);

  it('groups located quotes by span, in text order, and leaves unlocated ones out', () => {
    expect(groups).toEqual([
      { start: 0, end: 11, quotes: [3] },
      { start: 12, end: 32, quotes: [0, 1] },
    ]);
  });

  it('cuts the text into pieces that cover it exactly, each knowing its sentence, mention and quotes', () => {
    const pieces = articlePieces(text, data.sentences, data.mentions, groups);
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
    const kim = pieces.find((p) => text.slice(p.start, p.end) === 'Kim');
    expect(kim).toMatchObject({ sentence: 1, mention: 1, groups: [1] });
    const gap = pieces.find((p) => p.start === 11);
    expect(gap).toMatchObject({ sentence: null, mention: null, groups: [] });
  });

  it('a click on a group selects its first relation, then walks through the others', () => {
    const group = groups[1] as (typeof groups)[number];
    expect(nextQuote(group, data.quotes, null)).toBe(0);
    expect(nextQuote(group, data.quotes, { kind: 'edge', id: 'r1' })).toBe(1);
    expect(nextQuote(group, data.quotes, { kind: 'edge', id: 'r2' })).toBe(0);
    expect(nextQuote(group, data.quotes, { kind: 'node', id: 'putin' })).toBe(0);
  });

  it("lights up a node's mentions and their sentences, and a relation's quotes, located or not", () => {
    const node = highlightFor(data, groups, { kind: 'node', id: 'putin' });
    expect([...node.mentions]).toEqual([0, 2]);
    expect([...node.sentences]).toEqual([0, 1]);
    const relation = highlightFor(data, groups, { kind: 'edge', id: 'r2' });
    expect([...relation.groups]).toEqual([1]);
    expect([...relation.sentences]).toEqual([1]);
    expect([...highlightFor(data, groups, { kind: 'edge', id: 'r3' }).unlocated]).toEqual([2]);
    expect(highlightFor(data, groups, null).sentences.size).toBe(0);
  });
});

describe('articlePieces on many overlapping spans', () => {
  it('gives every piece the first covering sentence and mention and all covering quote groups, as a check of each span would', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const spans = (count: number, longest: number) =>
      Array.from({ length: count }, () => {
        const start = random(2000);
        return { start, end: Math.min(2000, start + 1 + random(longest)) };
      });
    const text = 'x'.repeat(2000);
    const [sentences, mentions, groups] = [spans(60, 80), spans(300, 15), spans(80, 120)];
    const covers = (s: { start: number; end: number }, start: number, end: number) => s.start <= start && end <= s.end;
    for (const piece of articlePieces(text, sentences, mentions, groups)) {
      const sentence = sentences.findIndex((s) => covers(s, piece.start, piece.end));
      const mention = mentions.findIndex((m) => covers(m, piece.start, piece.end));
      expect(piece.sentence).toBe(sentence < 0 ? null : sentence);
      expect(piece.mention).toBe(mention < 0 ? null : mention);
      expect(piece.groups).toEqual(groups.flatMap((g, i) => (covers(g, piece.start, piece.end) ? [i] : [])));
    }
  });
});
