// Drafting at draftSeed's size cap (100 kB of UTF-8) against the article's names, before and after
// the overlap fix in selectLongest: what one public request can cost the server's CPU.
// `npm run bench -- tests/bench/draft-cap.bench.ts`. Pure computation: no database is used.
import { readFileSync } from 'node:fs';
import { bench, describe, expect } from 'vitest';
import { draftArticle } from '../../server/draft/draft';
import { KnownIndex } from '../../server/draft/known-index';
import type { KnownEntity } from '../../server/draft/types';
import { MAX_DRAFT_TEXT_BYTES } from '../../server/graphql/limits';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const article = read('../../../shared/seed-article.txt');
const seed = JSON.parse(read('../../seed/konteks-2024-06-18-putin-pyongyang.json')) as { entities: KnownEntity[] };
const index = new KnownIndex(seed.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases ?? [] })));

/** Whole copies of `unit` up to the cap, in bytes of UTF-8. */
function atCap(unit: string): string {
  const copies = Math.floor(MAX_DRAFT_TEXT_BYTES / Buffer.byteLength(unit));
  return unit.repeat(copies);
}

const prose = atCap(`${article}\n`);
// The worst case found: a short sentence dense with known names, repeated (6,000+ mentions).
const dense = atCap('Vladimir Putin bertemu Kim Jong Un di Pyongyang. ');
for (const text of [prose, dense]) expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_DRAFT_TEXT_BYTES);

describe(`draft ${MAX_DRAFT_TEXT_BYTES.toLocaleString('en')} bytes (the draftSeed cap)`, () => {
  bench('the article, repeated', () => void draftArticle(prose, { language: 'id' }, index), {
    iterations: 3,
    warmupIterations: 1,
    time: 0,
  });
  bench('one name-dense sentence, repeated', () => void draftArticle(dense, { language: 'id' }, index), {
    iterations: 3,
    warmupIterations: 1,
    time: 0,
  });
});
