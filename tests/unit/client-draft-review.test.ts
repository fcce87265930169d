// The review of a draft as plain data (client/src/core/draft-review.ts): decisions and relations as
// steps, the quote rule, the problems that block an import, and the seed the review amounts to.
import { describe, expect, it } from 'vitest';
import {
  applyStep,
  initialReview,
  mentionType,
  relationProblem,
  reviewProblems,
  sentenceParts,
  type ArticleDraft,
  type Review,
  type ReviewRelation,
} from '../../client/src/core/draft-review';
import { createHistory, push, undo } from '../../client/src/core/history';
import { reviewedSeed } from '../../client/src/core/reviewed-seed';

const TEXT = 'Menteri Budi Santoso bertemu Kim Jong Un di Pyongyang. Kata Budi, pertemuan itu baik.';
const at = (words: string, from = 0) => ({ start: TEXT.indexOf(words, from), end: TEXT.indexOf(words, from) + words.length });

const draft: ArticleDraft = {
  text: TEXT,
  source: { id: 'test-2024-01-01-budi', title: 'Budi', language: 'id' },
  sentences: [
    { start: 0, end: 55 },
    { start: 55, end: TEXT.length },
  ],
  mentions: [
    { entityId: null, candidate: 'budi-santoso', type: 'Person', ...at('Budi Santoso'), sentence: 0 },
    { entityId: 'kim-jong-un', candidate: null, type: 'Person', ...at('Kim Jong Un'), sentence: 0 },
    { entityId: 'pyongyang', candidate: null, type: 'Place', ...at('Pyongyang'), sentence: 0 },
    { entityId: null, candidate: 'budi-santoso', type: 'Person', ...at('Budi', 56), sentence: 1 },
  ],
  candidates: [
    { id: 'budi-santoso', name: 'Budi Santoso', aliases: ['Budi'], type: 'Person', confidence: 0.8, cue: { text: 'Menteri' } },
    { id: 'pertemuan', name: 'Pertemuan', aliases: [], type: 'Unknown', confidence: 0, cue: null },
  ],
  suggestions: [
    {
      type: 'MEETS',
      from: 'budi-santoso',
      to: 'kim-jong-un',
      speaker: null,
      status: null,
      rule: 'verb "bertemu"',
      sentence: 0,
      quote: TEXT.slice(0, 55).trim(),
      inSeed: true,
    },
    {
      type: null,
      from: 'kim-jong-un',
      to: 'pyongyang',
      speaker: null,
      status: null,
      rule: 'co-occurrence',
      sentence: 0,
      quote: TEXT.slice(0, 55).trim(),
      inSeed: false,
    },
  ],
};

const relation = (extra: Partial<ReviewRelation> = {}): ReviewRelation => ({
  from: 'budi-santoso',
  type: 'VISITS',
  to: 'pyongyang',
  status: '',
  speaker: '',
  quote: 'Budi Santoso bertemu Kim Jong Un di Pyongyang',
  sentence: 0,
  ...extra,
});

describe('draft review', () => {
  it('starts with every candidate accepted as guessed and the seed’s typed suggestions as relations', () => {
    const review = initialReview(draft);
    expect(review.decisions).toEqual({
      'budi-santoso': { kind: 'accept', type: 'Person' },
      pertemuan: { kind: 'accept', type: 'Unknown' },
    });
    expect(review.relations.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(['budi-santoso MEETS kim-jong-un']);
  });

  it('blocks an import while an accepted candidate is untyped or mistyped', () => {
    let review = initialReview(draft);
    expect(reviewProblems(draft, review)).toEqual(['Pertemuan: choose a type, or reject it.']);
    review = applyStep(review, { kind: 'decide', candidate: 'pertemuan', decision: { kind: 'accept', type: 'event' } });
    expect(reviewProblems(draft, review)).toEqual(['Pertemuan: type "event" is not PascalCase (e.g. Organization).']);
    review = applyStep(review, { kind: 'decide', candidate: 'pertemuan', decision: { kind: 'reject' } });
    expect(reviewProblems(draft, review)).toEqual([]);
  });

  it('takes the sentence or a verbatim part of it as the quote, and nothing else', () => {
    expect(relationProblem(draft, relation())).toBeNull();
    expect(relationProblem(draft, relation({ quote: TEXT.slice(0, 55).trim() }))).toBeNull();
    expect(relationProblem(draft, relation({ quote: 'Budi met Kim' }))).toMatch(/part of it, verbatim/);
    // A span of the next sentence is not a part of this one.
    expect(relationProblem(draft, relation({ quote: 'pertemuan itu baik' }))).toMatch(/verbatim/);
    expect(relationProblem(draft, relation({ type: 'visits' }))).toMatch(/UPPER_SNAKE_CASE/);
    expect(relationProblem(draft, relation({ to: 'budi-santoso' }))).toMatch(/two different/);
    expect(relationProblem(draft, relation({ status: 'claimed' }))).toMatch(/needs a speaker/);
    expect(relationProblem(draft, relation({ status: 'claimed', speaker: 'budi-santoso' }))).toBeNull();
  });

  it('writes the seed: accepted candidates, merged refs rewritten, rejected ends dropped, status and speaker as properties', () => {
    let review = initialReview(draft);
    review = applyStep(review, { kind: 'decide', candidate: 'pertemuan', decision: { kind: 'reject' } });
    review = applyStep(review, { kind: 'add-relation', relation: relation({ status: 'claimed', speaker: 'budi-santoso' }) });
    review = applyStep(review, { kind: 'add-relation', relation: relation({ from: 'pertemuan', to: 'kim-jong-un' }) });
    const first = reviewedSeed(draft, review);
    let seed = first.seed;
    const dropped = first.dropped;
    expect(seed.sources).toEqual([{ ...draft.source, text: TEXT }]);
    expect(seed.entities).toEqual([{ id: 'budi-santoso', type: 'Person', name: 'Budi Santoso', aliases: ['Budi'] }]);
    expect(seed.relations).toEqual([
      { type: 'MEETS', from: 'budi-santoso', to: 'kim-jong-un', evidence: [{ source: draft.source.id, quote: TEXT.slice(0, 55).trim() }] },
      {
        type: 'VISITS',
        from: 'budi-santoso',
        to: 'pyongyang',
        properties: { status: 'claimed', claimedBy: 'budi-santoso' },
        evidence: [{ source: draft.source.id, quote: 'Budi Santoso bertemu Kim Jong Un di Pyongyang' }],
      },
    ]);
    expect(dropped).toEqual(['pertemuan VISITS kim-jong-un: an entity it names was rejected']);

    const into = { id: 'budi-santoso-official', name: 'Budi Santoso', type: 'Person' };
    review = applyStep(review, { kind: 'decide', candidate: 'budi-santoso', decision: { kind: 'merge', into } });
    ({ seed } = reviewedSeed(draft, review));
    expect(seed.entities).toEqual([]);
    expect(seed.relations.map((r) => [r.from, r.to, r.properties?.claimedBy])).toEqual([
      ['budi-santoso-official', 'kim-jong-un', undefined],
      ['budi-santoso-official', 'pyongyang', 'budi-santoso-official'],
    ]);
  });

  it('keeps one relation per (from, type, to), with each distinct quote once', () => {
    let review: Review = { decisions: initialReview(draft).decisions, relations: [] };
    for (const quote of ['Budi Santoso bertemu Kim Jong Un', 'Budi Santoso bertemu Kim Jong Un', 'di Pyongyang'])
      review = applyStep(review, { kind: 'add-relation', relation: relation({ quote }) });
    const { seed } = reviewedSeed(draft, review);
    expect(seed.relations).toHaveLength(1);
    expect(seed.relations[0]!.evidence.map((e) => e.quote)).toEqual(['Budi Santoso bertemu Kim Jong Un', 'di Pyongyang']);
  });

  it('undoes steps one at a time through the shared history', () => {
    let history = createHistory(initialReview(draft));
    history = push(history, applyStep(history.present, { kind: 'decide', candidate: 'pertemuan', decision: { kind: 'reject' } }));
    history = push(history, applyStep(history.present, { kind: 'remove-relation', index: 0 }));
    expect(history.present.relations).toEqual([]);
    history = undo(history);
    expect(history.present.relations).toHaveLength(1);
    expect(history.present.decisions.pertemuan).toEqual({ kind: 'reject' });
    history = undo(history);
    expect(history.present.decisions.pertemuan).toEqual({ kind: 'accept', type: 'Unknown' });
  });

  it('cuts a sentence into text and mentions, and colours a candidate by the reviewer’s type', () => {
    expect(
      sentenceParts(draft, 0)
        .map((p) => ('mention' in p ? `[${p.text}]` : p.text))
        .join(''),
    ).toBe('Menteri [Budi Santoso] bertemu [Kim Jong Un] di [Pyongyang]. ');
    const review = applyStep(initialReview(draft), {
      kind: 'decide',
      candidate: 'budi-santoso',
      decision: { kind: 'accept', type: 'Official' },
    });
    expect(mentionType(review, draft.mentions[0]!)).toBe('Official');
    expect(mentionType(review, draft.mentions[1]!)).toBe('Person');
  });
});
