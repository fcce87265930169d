// Locating what the graph knows in an article's text (server/services/article-text.ts): mentions
// with drafting's folding and boundaries, quotes verbatim or listed as not found.
import { describe, expect, it } from 'vitest';
import type { EntityModel, RelationModel } from '../../server/domain/models';
import { articleSentences, locateMentions, locateQuotes } from '../../server/services/article-text';

const entity = (id: string, name: string, aliases: string[] = []): EntityModel => ({
  id,
  type: 'Place',
  name,
  aliases,
  description: null,
  properties: {},
  sourceIds: [],
});

const relation = (id: string, quotes: [string, string][]): RelationModel => ({
  id,
  type: 'VISITS',
  fromId: 'a',
  toId: 'b',
  properties: {},
  evidence: quotes.map(([sourceId, quote]) => ({ sourceId, quote })),
});

describe('locateMentions', () => {
  const text = 'Presiden Rusia tiba di Pyongyang. Korea Utara dan KOREA-SELATAN bertemu; Korean Peninsula tidak.';
  const sentences = articleSentences(text, 'id');
  const entities = [
    entity('north-korea', 'North Korea', ['Korea Utara']),
    entity('south-korea', 'South Korea', ['Korea Selatan']),
    entity('korea', 'Korea'),
    entity('pyongyang', 'Pyongyang'),
    entity('russia', 'Russia', ['Rusia']),
  ];
  const found = locateMentions(text, sentences, entities).map((m) => [m.entity.id, text.slice(m.start, m.end), m.sentence]);

  it('finds names and aliases with folding (case, hyphen or space), longest match first', () => {
    expect(found).toEqual([
      ['russia', 'Rusia', 0],
      ['pyongyang', 'Pyongyang', 0],
      ['north-korea', 'Korea Utara', 1],
      ['south-korea', 'KOREA-SELATAN', 1],
    ]);
  });

  it('respects word boundaries: "Korea" is not found inside "Korean"', () => {
    expect(found.some(([, surface]) => surface === 'Korea')).toBe(false);
  });

  it('finds nothing in a text without names, or with no entities', () => {
    expect(locateMentions('', [], entities)).toEqual([]);
    expect(locateMentions(text, sentences, [])).toEqual([]);
  });
});

describe('locateQuotes', () => {
  const text = 'Putin tiba.\r\nKim menyambutnya. 🇰🇵 Café';
  const sentences = articleSentences(text, 'id');

  it('locates each quote of this source verbatim, and keeps the ones not found, unlocated', () => {
    const quotes = locateQuotes(text, sentences, 's1', [
      relation('b|MEETS|a', [
        ['s1', 'Kim menyambutnya.'],
        ['s2', 'Putin tiba.'],
      ]),
      relation('a|VISITS|b', [['s1', 'Putin  tiba.']]),
    ]);
    expect(quotes.map((q) => [q.relation.id, q.quote, q.start, q.end, q.sentence])).toEqual([
      ['a|VISITS|b', 'Putin  tiba.', null, null, null],
      ['b|MEETS|a', 'Kim menyambutnya.', 13, 30, 1],
    ]);
  });

  it('leaves every quote unlocated when the source has no text', () => {
    const quotes = locateQuotes(null, [], 's1', [relation('a|VISITS|b', [['s1', 'Putin tiba.']])]);
    expect(quotes.map((q) => q.start)).toEqual([null]);
  });
});
