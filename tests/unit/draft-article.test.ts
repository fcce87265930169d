// Drafting the Konteks article end to end: a valid seed, known names linked to their ids, the
// analysts' quotes attributed to them, and every quote the exact sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../server/draft/draft';
import { KnownIndex } from '../../server/draft/known-index';
import type { Draft } from '../../server/draft/types';
import { normalizeName } from '../../server/domain/text';
import { checkSchema } from '../../server/import';
import type { SeedFile } from '../../server/import/types';
import { occurrences } from '../helpers/draft-measure';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const article = read('../../../shared/seed-article.txt');
const seed = JSON.parse(read('../../seed/konteks-2024-06-18-putin-pyongyang.json')) as SeedFile;
const entities = seed.entities ?? [];
const known = new KnownIndex(entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases ?? [] })));
const source = {
  title: 'Putin Kunjungi Pyongyang untuk Temui Kim Jong Un',
  publisher: 'Konteks.co.id',
  publishedAt: '2024-06-18',
  language: 'id' as const,
};
const empty = draftArticle(article, source, KnownIndex.EMPTY);
const loaded = draftArticle(article, source, known);
const formsOf = new Map(entities.map((e) => [e.id, new Set([e.name, ...(e.aliases ?? [])].map(normalizeName))]));

describe('drafting the Konteks article', () => {
  it('writes a valid seed v1 file, against an empty graph and against the loaded one', () => {
    for (const draft of [empty, loaded]) {
      expect(checkSchema(draft.seed)).toEqual([]);
      expect(draft.seed.sources?.[0]).toMatchObject({
        id: 'konteks-co-id-2024-06-18-putin-kunjungi-pyongyang-untuk-temui-kim',
        language: 'id',
      });
      expect(draft.seed.entities?.map((e) => e.id)).toEqual(draft.candidates.map((c) => c.id));
    }
    expect(empty.seed.relations?.length).toBeGreaterThan(0);
  });

  it('keeps untyped suggestions out of the seed, and every typed one in it', () => {
    const relations = loaded.seed.relations ?? [];
    for (const s of loaded.suggestions) {
      expect(s.inSeed).toBe(s.type !== null);
      if (s.type)
        expect(
          relations.some((r) => r.type === s.type && r.from === s.from && r.to === s.to && r.evidence?.some((e) => e.quote === s.quote)),
        ).toBe(true);
    }
    expect(loaded.suggestions.some((s) => s.type === null)).toBe(true);
  });

  it('links every known name in the text to its id, and proposes none of them as a candidate', () => {
    const expected = new Set(
      occurrences(
        article,
        entities.map((e) => ({ id: e.id, forms: [e.name, ...(e.aliases ?? [])] })),
      ).map((s) => s.id),
    );
    const linked = new Set(loaded.mentions.flatMap((m) => (m.entityId ? [m.entityId] : [])));
    expect([...expected].filter((id) => !linked.has(id))).toEqual([]);
    for (const m of loaded.mentions) {
      if (m.entityId) expect(formsOf.get(m.entityId)?.has(normalizeName(article.slice(m.start, m.end)))).toBe(true);
    }
    const allForms = new Set(entities.flatMap((e) => [...(formsOf.get(e.id) ?? [])]));
    expect(loaded.candidates.filter((c) => allForms.has(normalizeName(c.name))).map((c) => c.name)).toEqual([]);
  });

  it("attributes Easley's and Byun's quotes to them (the seed's assessed relations claimed by them)", () => {
    const speakers = ['leif-eric-easley', 'sang-jung-byun'];
    const claimed = (seed.relations ?? []).filter(
      (r) => r.properties?.status === 'assessed' && speakers.includes(String(r.properties.claimedBy)),
    );
    expect(claimed.length).toBeGreaterThan(5);
    const check = (draft: Draft, speakerOf: (id: string) => string | undefined) => {
      for (const relation of claimed) {
        const attributed = relation.evidence?.some((e) =>
          draft.suggestions.some(
            (s) =>
              s.type === 'COMMENTS_ON' &&
              s.status === 'assessed' &&
              s.quote.includes(e.quote ?? '\u0000') &&
              speakerOf(s.speaker ?? '') === relation.properties?.claimedBy,
          ),
        );
        expect(attributed, `${relation.from} ${relation.type} ${relation.to}`).toBe(true);
      }
    };
    check(loaded, (id) => id);
    // Against an empty graph the speakers are candidates; map them to the seed's ids by name.
    const byName = (id: string) => {
      const candidate = empty.candidates.find((c) => c.id === id);
      return entities.find((e) => candidate && [candidate.name, ...candidate.aliases].some((n) => formsOf.get(e.id)?.has(normalizeName(n))))
        ?.id;
    };
    check(empty, byName);
    const easley = empty.candidates.find((c) => c.name === 'Leif-Eric Easley');
    expect(easley).toMatchObject({ type: 'Person' });
  });

  it('quotes the exact sentence, verbatim, in every suggestion and every seed relation', () => {
    for (const s of loaded.suggestions) {
      const sentence = loaded.sentences[s.sentence];
      expect(sentence && article.slice(sentence.start, sentence.end)).toBe(s.quote);
    }
    for (const relation of loaded.seed.relations ?? []) {
      for (const e of relation.evidence ?? []) expect(article).toContain(e.quote);
    }
    for (const m of loaded.mentions) {
      const sentence = loaded.sentences[m.sentence];
      expect(sentence && sentence.start <= m.start && m.end <= sentence.end).toBe(true);
    }
  });

  it('gives COMMENTS_ON relations the speaker as claimedBy, status assessed', () => {
    const comments = (loaded.seed.relations ?? []).filter((r) => r.type === 'COMMENTS_ON');
    expect(comments.length).toBeGreaterThan(3);
    for (const r of comments) expect(r.properties).toEqual({ status: 'assessed', claimedBy: r.from });
  });
});
