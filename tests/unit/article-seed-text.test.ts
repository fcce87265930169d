// The article seed carries the article's full text (issue 11 §3), so the Article view works at the
// first `npm start`. It must be the shared article byte for byte: a copy that drifted would place
// quotes and mentions in a text the seed was not made from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const seedPath = new URL('../../seed/konteks-2024-06-18-putin-pyongyang.json', import.meta.url);
const articlePath = new URL('../../../shared/seed-article.txt', import.meta.url);

interface Seed {
  sources: { id: string; text?: string }[];
  relations: { evidence?: { source: string; quote?: string }[] }[];
}

describe('the article seed', () => {
  const seed = JSON.parse(readFileSync(seedPath, 'utf8')) as Seed;
  const text = seed.sources[0]?.text;

  it("carries ../shared/seed-article.txt as its source's text, byte for byte", () => {
    expect(typeof text).toBe('string');
    expect(Buffer.from(text as string, 'utf8').equals(readFileSync(articlePath))).toBe(true);
  });

  it('has every evidence quote verbatim in that text', () => {
    const quotes = seed.relations.flatMap((r) => (r.evidence ?? []).map((e) => e.quote)).filter((q): q is string => !!q);
    expect(quotes.length).toBeGreaterThan(50);
    expect(quotes.filter((q) => !(text as string).includes(q))).toEqual([]);
  });
});
