// Acceptance measures of drafting (issue 11): the Konteks article against an empty graph, and
// our own English article with its expected mentions. Prints the figures that docs/drafting.md
// reports: `npx vitest run --project unit tests/unit/draft-measures.test.ts`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../server/draft/draft';
import { KnownIndex } from '../../server/draft/known-index';
import type { SeedFile } from '../../server/import/types';
import { measure, type ExpectedEntity, type Measures } from '../helpers/draft-measure';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const article = read('../../../shared/seed-article.txt');
const seed = JSON.parse(read('../../seed/konteks-2024-06-18-putin-pyongyang.json')) as SeedFile;
const english = read('../fixtures/articles/putin-kim-treaty-en.txt');
const englishExpected = JSON.parse(read('../fixtures/articles/putin-kim-treaty-en.expected.json')) as { entities: ExpectedEntity[] };

const seedExpected: ExpectedEntity[] = (seed.entities ?? []).map((e) => ({ id: e.id, forms: [e.name, ...(e.aliases ?? [])] }));

function report(label: string, m: Measures) {
  const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
  console.log(
    [
      `${label}:`,
      `  entities named in the text (name-shaped): ${m.names.found}/${m.names.expected} found, recall ${pct(m.names.recall)}; missed: ${m.names.missed.join(', ') || 'none'}`,
      `  entities named in the text (any form, lower-case phrases too): ${m.entities.found}/${m.entities.expected}, recall ${pct(m.entities.recall)}`,
      `  candidates: ${m.candidates.total}, false ${m.candidates.false} (${pct(m.candidates.falseRate)}), precision ${pct(m.candidates.precision)}; false: ${m.candidates.falseNames.join(', ')}`,
      `  mentions: ${m.mentions.correct} of ${m.mentions.drafted} drafted are expected spans (precision ${pct(m.mentions.precision)}), ${m.mentions.correct} of ${m.mentions.expected} expected found (recall ${pct(m.mentions.recall)})`,
    ].join('\n'),
  );
}

describe('drafting measures', () => {
  it('Konteks article, empty graph: finds ≥ 90 % of the seed entities named in the text, with ≤ 30 % false candidates', () => {
    const draft = draftArticle(article, { language: 'id' }, KnownIndex.EMPTY);
    const m = measure(article, draft, seedExpected);
    report('Konteks article (id), empty graph', m);
    // The measure, on every entity whose name or alias occurs, lower-case phrases too.
    expect(m.entities.expected).toBeGreaterThan(20);
    expect(m.entities.recall).toBeGreaterThanOrEqual(0.9);
    expect(m.candidates.falseRate).toBeLessThanOrEqual(0.3);
    // And on the entities written as names (what capitalisation alone finds).
    expect(m.names.expected).toBeGreaterThan(10);
    expect(m.names.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('English article, empty graph: finds ≥ 90 % of its expected entities, with ≤ 30 % false candidates', () => {
    const draft = draftArticle(english, { language: 'en' }, KnownIndex.EMPTY);
    const m = measure(english, draft, englishExpected.entities);
    report('English article (en), empty graph', m);
    // Every expected entity is named in the text: the fixture is consistent with its article.
    expect(m.entities.expected).toBe(englishExpected.entities.length);
    // The measure, held for this article too.
    expect(m.entities.recall).toBeGreaterThanOrEqual(0.9);
    expect(m.candidates.falseRate).toBeLessThanOrEqual(0.3);
    expect(m.names.recall).toBeGreaterThanOrEqual(0.9);
  });
});
