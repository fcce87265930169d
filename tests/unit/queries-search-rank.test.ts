import { describe, expect, it } from 'vitest';
import type { EntityModel } from '../../server/domain/models';
import { bestNameMatch, EXACT_BOOST, LEADING_BOOST, rankHits, withinOneEdit } from '../../server/queries/read/search-rank';

const entity = (id: string, name: string, aliases: string[] = []): EntityModel => ({
  id,
  type: 'Thing',
  name,
  aliases,
  description: null,
  properties: {},
  sourceIds: [],
});

describe('withinOneEdit', () => {
  it.each([
    ['easley', 'easly', true],
    ['easley', 'easlee', true],
    ['easley', 'easley', true],
    ['easley', 'eas', false],
    ['easley', 'aesly', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('bestNameMatch', () => {
  const northKorea = entity('north-korea', 'North Korea', ['Korea Utara', 'DPRK']);

  it('prefers an exact alias to a partial name match', () => {
    expect(bestNameMatch('korea utara', northKorea)?.text).toBe('Korea Utara');
    expect(bestNameMatch('KOREA', northKorea)?.text).toBe('Korea Utara'); // leading beats the name's second word
  });

  it('folds diacritics and punctuation', () => {
    expect(bestNameMatch('Kím Jong-Ün', entity('kim', 'Kim Jong Un', ['Kim Jong-un']))).toMatchObject({ text: 'Kim Jong Un', exact: true });
  });

  it('matches prefixes and typos, and gives null when only the description matched', () => {
    const easley = entity('easley', 'Leif-Eric Easley', ['Easley']);
    expect(bestNameMatch('Eas', easley)?.text).toBe('Easley');
    expect(bestNameMatch('Easly', easley)?.text).toBe('Leif-Eric Easley');
    expect(bestNameMatch('professor', easley)).toBeNull();
  });
});

describe('rankHits', () => {
  it('puts an exact alias first even with a lower Lucene score, and keeps the limit', () => {
    const hits = rankHits(
      'PBB',
      [
        { entity: entity('un-sanctions', 'UN sanctions on North Korea', ['sanksi PBB']), score: 3.5 },
        { entity: entity('united-nations', 'United Nations', ['PBB', 'UN']), score: 3.3 },
        { entity: entity('other', 'Other'), score: 1 },
      ],
      2,
    );
    expect(hits.map((h) => h.entity.id)).toEqual(['united-nations', 'un-sanctions']);
    expect(hits[0]).toMatchObject({ matched: 'PBB', score: 3.3 * EXACT_BOOST });
    expect(hits[1]?.score).toBe(3.5);
  });

  it('puts name and alias hits before description-only hits, whatever Lucene scored (issue 13)', () => {
    const hits = rankHits(
      'Easley',
      [
        { entity: entity('abc-news', 'ABC News'), score: 5 },
        { entity: entity('leif-eric-easley', 'Leif-Eric Easley', ['Easley']), score: 1 },
        { entity: entity('east-asia', 'East Asia'), score: 4 },
      ],
      3,
    );
    expect(hits.map((h) => [h.entity.id, h.matched])).toEqual([
      ['leif-eric-easley', 'Easley'],
      ['abc-news', null],
      ['east-asia', null],
    ]);
  });

  it('boosts names that start with the query', () => {
    const [hit] = rankHits('east', [{ entity: entity('east-asia', 'East Asia'), score: 1 }], 5);
    expect(hit?.score).toBe(LEADING_BOOST);
  });
});
