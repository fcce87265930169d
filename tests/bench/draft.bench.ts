// Drafting speed: 1,000 words against the names of 20,000 known entities (issue 11: ≤ 1 s).
// `npm run bench -- tests/bench/draft.bench.ts`. Pure computation: no database is used.
import { readFileSync } from 'node:fs';
import { bench, describe, expect } from 'vitest';
import { draftArticle } from '../../server/draft/draft';
import { KnownIndex } from '../../server/draft/known-index';
import type { KnownEntity } from '../../server/draft/types';
import { generateSeed } from '../fixtures/generate-seed';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const articles = [read('../../../shared/seed-article.txt'), read('../fixtures/articles/putin-kim-treaty-en.txt')];

// 20k generated entities (100k relations / 5) plus the article's own, so that names really match.
const generated = generateSeed(100_000, 'bench').entities ?? [];
const article = JSON.parse(read('../../seed/konteks-2024-06-18-putin-pyongyang.json')) as { entities: KnownEntity[] };
const known: KnownEntity[] = [...generated, ...article.entities].map((e) => ({
  id: e.id,
  type: e.type,
  name: e.name,
  aliases: e.aliases ?? [],
}));

// 1,000 words: the two articles' paragraphs in turn, with generated names woven in, cut after
// the 1,000th word.
function thousandWords(): string {
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join(' ').split(/\s+/).length < 1000; i += 1) {
    const lines = (articles[i % 2] as string).split('\n').filter((l) => l.trim());
    paragraphs.push(`${lines[i % lines.length]} Menurut bench Entity ${i * 97}, BENCH${i * 31} hadir.`);
  }
  const all = paragraphs.join('\n');
  const last = [...all.matchAll(/\S+/g)][999] as RegExpMatchArray;
  return all.slice(0, (last.index ?? 0) + last[0].length);
}

const text = thousandWords();
const index = new KnownIndex(known);
const words = text.split(/\s+/).filter(Boolean).length;
expect(words).toBe(1000);
expect(index.names.size).toBeGreaterThan(40_000);
expect(draftArticle(text, { language: 'id' }, index).mentions.length).toBeGreaterThan(100);

describe(`draft ${words} words against ${known.length} known entities`, () => {
  bench(
    'draft (known names indexed once, as a server would keep them)',
    () => {
      draftArticle(text, { language: 'id' }, index);
    },
    { iterations: 10, warmupIterations: 2, time: 0 },
  );
  bench(
    'index the known names, then draft (a CLI run)',
    () => {
      draftArticle(text, { language: 'id' }, new KnownIndex(known));
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );
});
