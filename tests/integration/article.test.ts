// The article beside its graph (issue 11 §3), through GraphQL and a real Neo4j: a source's full
// text is stored and read back verbatim, exported unchanged, never carried by the graph reads, and
// Query.article locates the sentences, entity mentions and evidence quotes in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Query } from '../../server/db/executor';
import { ensureSchema } from '../../server/db/schema-setup';
import { exportSeed } from '../../server/export/export-seed';
import { importSeed } from '../../server/import';
import { ARTICLE_SOURCE, loadArticleSeed, readArticleSeed } from '../helpers/load-seed';
import { createTestApp, resetDatabase, type TestApp } from '../helpers/test-app';

// CRLF and a lone CR, NFD and NFC forms of the same letter, emoji (a flag and a ZWJ sequence), a tab,
// a non-breaking space and trailing blanks: none may be changed on the way in or out.
const TRICKY = 'Line one.\r\nCafe\u0301 and Caf\u00e9 \u{1F1F0}\u{1F1F5} \u{1F469}\u200D\u{1F4BB}\tend\u00a0\rlast  \n';

interface ArticleResult {
  article: {
    source: { id: string };
    text: string | null;
    sentences: { start: number; end: number }[];
    mentions: { entity: { id: string; name: string }; start: number; end: number; sentence: number }[];
    quotes: { relation: { id: string; type: string }; quote: string; start: number | null; end: number | null; sentence: number | null }[];
  } | null;
}

const ARTICLE_QUERY = `query ($id: ID!) { article(source: $id) {
  source { id } text sentences { start end }
  mentions { entity { id name } start end sentence }
  quotes { relation { id type } quote start end sentence } } }`;

describe('source text and the article view API', () => {
  let t: TestApp;
  const seen: Query[] = [];
  beforeAll(async () => {
    t = await createTestApp({ onQuery: (query) => seen.push(query) });
    await resetDatabase(t.executor);
    await ensureSchema(t.executor);
    await loadArticleSeed(t.executor);
  });
  afterAll(() => t.close());

  it('stores a text verbatim: CRLF, NFD and NFC, emoji come back unchanged through Source.text and the export', async () => {
    const seed = { version: 1, sources: [{ id: 'tricky-text', title: 'Tricky text', text: TRICKY }] };
    const report = await importSeed(t.executor, seed);
    expect(report.errors).toEqual([]);
    const body = await t.graphql<{ sources: { id: string; text: string | null }[] }>('{ sources { id text } }');
    expect(body.errors).toBeUndefined();
    const byId = new Map(body.data?.sources.map((s) => [s.id, s.text]));
    expect(byId.get('tricky-text')).toBe(TRICKY);
    expect(byId.get(ARTICLE_SOURCE)).toBe(readArticleSeed().sources?.[0]?.text);
    const exported = await exportSeed(t.executor);
    expect(exported.sources.find((s) => s.id === 'tricky-text')?.text).toBe(TRICKY);
    // Re-importing the export changes nothing.
    const again = await importSeed(t.executor, exported, { dryRun: true });
    expect([again.sourcesCreated, again.sourcesUpdated]).toEqual([0, 0]);
  });

  it('refuses a text with a lone surrogate rather than storing it changed', async () => {
    const report = await importSeed(t.executor, { version: 1, sources: [{ id: 'broken-text', title: 'Broken', text: 'a\ud800b' }] });
    expect(report.ok).toBe(false);
    expect(report.errors[0]?.path).toBe('sources[0].text');
  });

  it('never fetches the text in the graph reads, only when asked', async () => {
    seen.length = 0;
    const body = await t.graphql(
      `{ graph(limit: 50) { nodes { id sources { id title } } edges { id evidence { quote source { id title } } } } sources { id title } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((q) => /\.text\b|properties\(s\)|s\.text/.test(q.cypher)).map((q) => q.cypher)).toEqual([]);
  });

  it('works out one source once per request, however many aliases ask for it', async () => {
    // The text can be 2,000,000 characters: aliases must not read, split and match it again each.
    const field = `article(source: $id) { text sentences { start } mentions { start } quotes { start } }`;
    const one = await t.graphql<Record<string, ArticleResult['article']>>(`query ($id: ID!) { a: ${field} }`, { id: ARTICLE_SOURCE });
    expect(one.errors).toBeUndefined();
    seen.length = 0;
    const aliases = Array.from({ length: 5 }, (_, i) => `a${i}: ${field}`).join(' ');
    const five = await t.graphql<Record<string, ArticleResult['article']>>(`query ($id: ID!) { ${aliases} }`, { id: ARTICLE_SOURCE });
    expect(five.errors).toBeUndefined();
    expect(five.data?.a4).toEqual(one.data?.a);
    // One statement for the source and its text, one for its entities, one for its relations.
    expect(seen).toHaveLength(3);
  });

  it('answers null for an unknown source, and empty lists for a source without text', async () => {
    const missing = await t.graphql<ArticleResult>(ARTICLE_QUERY, { id: 'no-such-source' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data?.article).toBeNull();
    await importSeed(t.executor, { version: 1, sources: [{ id: 'no-text', title: 'No text' }] });
    const bare = await t.graphql<ArticleResult>(ARTICLE_QUERY, { id: 'no-text' });
    expect(bare.data?.article).toEqual({ source: { id: 'no-text' }, text: null, sentences: [], mentions: [], quotes: [] });
  });

  describe('the Konteks article', () => {
    let article: NonNullable<ArticleResult['article']>;
    beforeAll(async () => {
      const body = await t.graphql<ArticleResult>(ARTICLE_QUERY, { id: ARTICLE_SOURCE });
      expect(body.errors).toBeUndefined();
      article = body.data?.article as NonNullable<ArticleResult['article']>;
    });

    it('locates every evidence quote of the seed verbatim, in its sentence', () => {
      const seed = readArticleSeed();
      const expected = (seed.relations ?? []).flatMap((r) => (r.evidence ?? []).filter((e) => e.source === ARTICLE_SOURCE && e.quote));
      expect(article.quotes).toHaveLength(expected.length);
      for (const q of article.quotes) {
        expect(q.start, q.quote).not.toBeNull();
        expect(article.text?.slice(q.start as number, q.end as number)).toBe(q.quote);
        const sentence = article.sentences[q.sentence as number];
        expect(sentence && sentence.start <= (q.start as number) && (q.start as number) < sentence.end).toBe(true);
      }
    });

    it('finds the mentions of the entities the source mentions, by name and alias, at their offsets', () => {
      const text = article.text as string;
      for (const m of article.mentions) {
        const sentence = article.sentences[m.sentence];
        expect(sentence && sentence.start <= m.start && m.end <= sentence.end).toBe(true);
      }
      const surfaces = new Map<string, Set<string>>();
      for (const m of article.mentions) surfaces.set(m.entity.id, (surfaces.get(m.entity.id) ?? new Set()).add(text.slice(m.start, m.end)));
      expect(surfaces.get('vladimir-putin')).toEqual(new Set(['Vladimir Putin', 'Putin']));
      expect(surfaces.get('north-korea')?.has('Korea Utara')).toBe(true);
      expect(surfaces.get('pyongyang')).toEqual(new Set(['Pyongyang']));
      // The first sentence: "Presiden Rusia, Vladimir Putin …, Pyongyang, Korea Utara …"
      const first = article.mentions.filter((m) => m.sentence === 0).map((m) => m.entity.id);
      expect(first).toEqual(expect.arrayContaining(['russia', 'vladimir-putin', 'pyongyang', 'north-korea']));
    });
  });
});
