// The reviewed seed carries the article's full text on its source (seed v1's optional `text`), so an
// article imported from the workbench opens in the Article view with its quotes and mentions located.
import { describe, expect, it } from 'vitest';
import { initialReview, type ArticleDraft } from '../../client/src/core/draft-review';
import { reviewedSeed } from '../../client/src/core/reviewed-seed';

// Whitespace at both ends, a blank line, a no-break space, curly quotes, diacritics and an astral
// character: none of it may be trimmed, normalised or re-encoded on the way into the seed.
const TEXT = '\n  Kata Budi: “Pertemuan itu baik.”\u00a0Ia tiba 19/6/2024.\n\nCafé 𝔸 — selesai.  \n';

const draft: ArticleDraft = {
  text: TEXT,
  source: { id: 'test-2024-06-19-budi', title: 'Budi', language: 'id' },
  sentences: [{ start: 0, end: TEXT.length }],
  mentions: [],
  candidates: [],
  suggestions: [],
};

describe('reviewed seed text', () => {
  it('carries the article’s text verbatim as its source’s text', () => {
    const { seed } = reviewedSeed(draft, initialReview(draft));
    expect(seed.sources).toHaveLength(1);
    expect(seed.sources[0]!.text).toBe(TEXT);
    expect(seed.sources[0]).toEqual({ ...draft.source, text: TEXT });
  });

  it('leaves the draft’s own source untouched', () => {
    reviewedSeed(draft, initialReview(draft));
    expect(draft.source).not.toHaveProperty('text');
  });
});
