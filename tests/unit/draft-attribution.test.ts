// Attribution patterns and relation suggestions: each pattern makes its speaker COMMENTS_ON the
// main other mention (status assessed, claimedBy the speaker), quoting the sentence verbatim.
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../server/draft/draft';
import { KnownIndex } from '../../server/draft/known-index';
import { MAX_COOCCURRENCE_SUGGESTIONS, MAX_PAIR_MENTIONS } from '../../server/draft/relations';
import type { DraftLanguage } from '../../server/draft/types';

const known = new KnownIndex([
  { id: 'easley', type: 'Person', name: 'Leif-Eric Easley', aliases: ['Easley'] },
  { id: 'putin', type: 'Person', name: 'Vladimir Putin', aliases: ['Putin'] },
  { id: 'kim', type: 'Person', name: 'Kim Jong Un', aliases: [] },
  { id: 'russia', type: 'Country', name: 'Russia', aliases: ['Rusia'] },
  { id: 'pyongyang', type: 'Place', name: 'Pyongyang', aliases: [] },
  { id: 'seoul', type: 'Place', name: 'Seoul', aliases: [] },
  { id: 'treaty', type: 'Document', name: 'Treaty of Friendship', aliases: ['Perjanjian Persahabatan'] },
]);

function comments(text: string, language: DraftLanguage = 'id') {
  const draft = draftArticle(text, { language }, known);
  return draft.suggestions.filter((s) => s.type === 'COMMENTS_ON').map((s) => ({ from: s.from, to: s.to, rule: s.rule, quote: s.quote }));
}

describe('attribution patterns', () => {
  const cases: [string, string, DraftLanguage, string][] = [
    ['kata X', '“Rusia kuat,” kata Easley.', 'id', 'kata'],
    ['ujar X', '“Rusia kuat,” ujar Easley kepada wartawan.', 'id', 'ujar'],
    ['ungkap X', '“Rusia kuat,” ungkap Easley.', 'id', 'ungkap'],
    ['menurut X', 'Menurut Easley, Rusia kuat.', 'id', 'Menurut'],
    ['X mengatakan', 'Easley mengatakan Rusia kuat.', 'id', 'mengatakan'],
    ['X menyebut', 'Easley menyebut Rusia kuat.', 'id', 'menyebut'],
    ['said X', '"Russia is strong," said Easley.', 'en', 'said'],
    ['according to X', 'According to Easley, Russia is strong.', 'en', 'According'],
    ['X said', 'Easley said Russia is strong.', 'en', 'said'],
  ];
  for (const [pattern, text, language, word] of cases) {
    it(`${pattern}: the speaker comments on the other mention, quoting the sentence`, () => {
      expect(comments(text, language)).toEqual([{ from: 'easley', to: 'russia', rule: `attribution "${word}"`, quote: text }]);
    });
  }

  it('writes COMMENTS_ON into the seed with status assessed and claimedBy the speaker', () => {
    const draft = draftArticle('“Rusia kuat,” kata Easley.', { language: 'id' }, known);
    expect(draft.seed.relations).toEqual([
      {
        type: 'COMMENTS_ON',
        from: 'easley',
        to: 'russia',
        properties: { status: 'assessed', claimedBy: 'easley' },
        evidence: [{ source: draft.seed.sources?.[0]?.id, quote: '“Rusia kuat,” kata Easley.' }],
      },
    ]);
  });

  it("picks the subject inside the quotation over the speaker's own details", () => {
    expect(comments('“Putin berbahaya,” kata Easley di Seoul.')).toMatchObject([{ from: 'easley', to: 'putin' }]);
  });

  it('carries the speaker to "Dia menambahkan" and "She added", but not beyond its reach', () => {
    const text = '“Rusia kuat,” kata Easley. Dia menambahkan, Putin akan datang.';
    expect(comments(text).map((c) => [c.from, c.to, c.rule])).toEqual([
      ['easley', 'russia', 'attribution "kata"'],
      ['easley', 'putin', 'pronoun "Dia"'],
    ]);
    const far = '“Rusia kuat,” kata Easley. Satu. Dua. Tiga. Dia menambahkan, Putin akan datang.';
    expect(comments(far)).toHaveLength(1);
    expect(comments('"Russia is strong," said Easley. She added that Putin would come.', 'en')).toHaveLength(2);
  });

  it('attributes nothing without a pattern, or without another mention', () => {
    expect(comments('Easley tiba di Seoul.')).toEqual([]);
    expect(comments('“Saya lelah,” kata Easley.')).toEqual([]);
  });
});

describe('pair suggestions', () => {
  const pairs = (text: string, language: DraftLanguage = 'id') =>
    draftArticle(text, { language }, known)
      .suggestions.filter((s) => s.type !== 'COMMENTS_ON')
      .map((s) => [s.type, s.from, s.to, s.rule]);

  it('types a pair from the verb between them, in both languages', () => {
    expect(pairs('Putin mengunjungi Pyongyang.')).toEqual([['VISITS', 'putin', 'pyongyang', 'verb "mengunjungi"']]);
    expect(pairs('Putin bertemu Kim Jong Un.')).toEqual([['MEETS', 'putin', 'kim', 'verb "bertemu"']]);
    expect(pairs('Putin menandatangani Perjanjian Persahabatan.')).toEqual([['SIGNS', 'putin', 'treaty', 'verb "menandatangani"']]);
    expect(pairs('Putin memimpin Rusia.')).toEqual([['LEADS', 'putin', 'russia', 'verb "memimpin"']]);
    expect(pairs('Putin visited Pyongyang and met Kim Jong Un.', 'en')).toEqual([
      ['VISITS', 'putin', 'pyongyang', 'verb "visited"'],
      ['MEETS', 'putin', 'kim', 'verb "met"'],
      [null, 'pyongyang', 'kim', 'co-occurrence'],
    ]);
  });

  it('leaves the type to the reviewer when no verb of the lexicon stands between', () => {
    expect(pairs('Putin dan Kim Jong Un tiba di Pyongyang.')).toEqual([
      [null, 'putin', 'kim', 'co-occurrence'],
      [null, 'putin', 'pyongyang', 'co-occurrence'],
      [null, 'kim', 'pyongyang', 'co-occurrence'],
    ]);
  });
});

describe('pair suggestions stay bounded', () => {
  it('pairs only the first eight distinct mentions of a sentence, however many names it lists', () => {
    // 300 names in one sentence would make 44,850 pairs; eight make 28.
    const many = new KnownIndex(
      Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, type: 'Person', name: `Nama${i} Orang`, aliases: [] })),
    );
    const text = `${Array.from({ length: 300 }, (_, i) => `Nama${i} Orang`).join(', ')} hadir.`;
    const pairs = draftArticle(text, { language: 'id' }, many).suggestions.filter((s) => s.rule === 'co-occurrence');
    expect(pairs).toHaveLength((MAX_PAIR_MENTIONS * (MAX_PAIR_MENTIONS - 1)) / 2);
    expect(new Set(pairs.flatMap((p) => [p.from, p.to]))).toEqual(new Set(Array.from({ length: MAX_PAIR_MENTIONS }, (_, i) => `n${i}`)));
  });

  it('stops untyped pairs for the whole draft at the cap', () => {
    const many = new KnownIndex(
      Array.from({ length: 8 }, (_, i) => ({ id: `n${i}`, type: 'Person', name: `Nama${i} Orang`, aliases: [] })),
    );
    const sentence = `${Array.from({ length: 8 }, (_, i) => `Nama${i} Orang`).join(', ')} hadir.`;
    const text = Array.from({ length: 100 }, () => sentence).join(' ');
    const pairs = draftArticle(text, { language: 'id' }, many).suggestions.filter((s) => s.rule === 'co-occurrence');
    expect(pairs).toHaveLength(MAX_COOCCURRENCE_SUGGESTIONS);
  });
});
