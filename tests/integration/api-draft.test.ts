// draftSeed through the real app (app.fetch) and a real Neo4j holding the article graph: known
// mentions link to their ids, the text's size cap, no writes, anonymous access, one round trip per
// draft, and a name added to the graph is known to the next draft (no stale cached index).
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Query } from '../../server/db/executor';
import { FIELD_WEIGHTS, operationCost } from '../../server/graphql/cost';
import { DRAFT_COST, MAX_DRAFT_TEXT_BYTES } from '../../server/graphql/limits';
import { buildSchema } from '../../server/graphql/schema';
import { fingerprint } from '../fixtures/fingerprint';
import { createArticleTestApp, readArticleSeed } from '../helpers/load-seed';
import { TEST_TOKEN, type TestApp } from '../helpers/test-app';

const ARTICLE = readFileSync(new URL('../../../shared/seed-article.txt', import.meta.url), 'utf8');
const SOURCE = { title: 'Putin Kunjungi Pyongyang', publisher: 'Konteks.co.id', publishedAt: '2024-06-18', language: 'id' };

const DRAFT = `query Draft($text: String!, $source: DraftSourceInput!) {
  draftSeed(text: $text, source: $source) {
    seed knownEntities
    sentences { start end }
    mentions { entityId alternatives candidate type start end sentence }
    candidates { id name aliases type confidence cue { text start end } mentions }
    suggestions { type from to speaker status rule sentence quote inSeed }
  }
}`;

interface Mention {
  entityId: string | null;
  alternatives: string[];
  candidate: string | null;
  type: string;
  start: number;
  end: number;
  sentence: number;
}
interface DraftAnswer {
  seed: { version: number; sources: { id: string; title: string }[]; entities: { id: string; name: string }[] };
  knownEntities: number;
  sentences: { start: number; end: number }[];
  mentions: Mention[];
  candidates: { id: string; name: string; mentions: number[] }[];
  suggestions: { from: string; to: string; quote: string; sentence: number; speaker: string | null }[];
}

describe('draftSeed', () => {
  let t: TestApp;
  const queries: Query[] = [];
  beforeAll(async () => {
    t = await createArticleTestApp({ onQuery: (query) => queries.push(query) });
  });
  afterAll(() => t.close());

  const draft = (text: string, source: Record<string, unknown> = SOURCE, token?: string) =>
    t.graphql<{ draftSeed: DraftAnswer }>(DRAFT, { text, source }, token);

  it('links every mention of a known name to its id, anonymously, writing nothing, in one round trip', async () => {
    const before = await fingerprint(t.executor);
    queries.length = 0;
    const body = await draft(ARTICLE);
    expect(body.errors).toBeUndefined();
    const answer = body.data!.draftSeed;
    expect(queries).toHaveLength(1);
    expect(await fingerprint(t.executor)).toBe(before);

    const seed = readArticleSeed();
    expect(answer.knownEntities).toBe(seed.entities!.length);
    // Every occurrence of a known entity's name in the text is a mention linked to that entity.
    const linkedAt = new Map(answer.mentions.filter((m) => m.entityId).map((m) => [`${m.start}:${m.end}`, m]));
    let checked = 0;
    for (const entity of seed.entities!) {
      for (let at = ARTICLE.indexOf(entity.name); at >= 0; at = ARTICLE.indexOf(entity.name, at + 1)) {
        const mention = [...linkedAt.values()].find((m) => m.start <= at && m.end >= at + entity.name.length);
        expect(mention, `${entity.name} at ${at}`).toBeDefined();
        if (mention!.start === at && mention!.end === at + entity.name.length)
          expect([mention!.entityId, ...mention!.alternatives]).toContain(entity.id);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
    // Mentions carry the type of what they name: the known entity's, or the candidate's guess.
    expect(answer.mentions.find((m) => m.entityId === 'vladimir-putin')?.type).toBe('Person');
    expect(answer.mentions.find((m) => m.entityId === 'north-korea')?.type).toBe('Country');
    for (const m of answer.mentions) {
      const sentence = answer.sentences[m.sentence]!;
      expect(m.start).toBeGreaterThanOrEqual(sentence.start);
      expect(m.end).toBeLessThanOrEqual(sentence.end);
      expect(Boolean(m.entityId) !== Boolean(m.candidate)).toBe(true);
    }
    expect(answer.candidates.map((c) => c.name)).not.toContain('Vladimir Putin');
    expect(answer.seed.sources[0]).toMatchObject({ id: 'konteks-co-id-2024-06-18-putin-kunjungi-pyongyang', title: SOURCE.title });
    // Quotes are the sentences, verbatim.
    for (const s of answer.suggestions) {
      const sentence = answer.sentences[s.sentence]!;
      expect(s.quote).toBe(ARTICLE.slice(sentence.start, sentence.end).trim());
    }
    const easley = answer.suggestions.find((s) => s.speaker === 'leif-eric-easley');
    expect(easley?.from).toBe('leif-eric-easley');
  }, 60_000);

  it('refuses text over the cap with its size and the cap; takes text at the cap', async () => {
    const over = await draft('a'.repeat(MAX_DRAFT_TEXT_BYTES + 1));
    expect(over.data).toBeFalsy();
    expect(over.errors?.[0]?.extensions).toMatchObject({
      code: 'TEXT_TOO_LARGE',
      field: 'text',
      bytes: MAX_DRAFT_TEXT_BYTES + 1,
      limit: MAX_DRAFT_TEXT_BYTES,
    });
    expect(over.errors?.[0]?.message).toMatch(/102,401 bytes .* at most 102,400 bytes \(100 kB\)/);
    // The cap counts bytes, not characters: 60,000 two-byte letters are 120,000 bytes.
    const wide = await draft('é'.repeat(60_000));
    expect(wide.errors?.[0]?.extensions).toMatchObject({ code: 'TEXT_TOO_LARGE', bytes: 120_000 });

    const sentence = 'Vladimir Putin bertemu Kim Jong Un di Pyongyang. ';
    const atCap = sentence.repeat(Math.floor(MAX_DRAFT_TEXT_BYTES / sentence.length));
    const ok = await draft(atCap);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.draftSeed.mentions.filter((m) => m.entityId === 'kim-jong-un').length).toBe(
      Math.floor(MAX_DRAFT_TEXT_BYTES / sentence.length),
    );
  }, 60_000);

  it('names the bad argument: language, date, id, empty text', async () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      [ARTICLE, { ...SOURCE, language: 'fr' }, 'source.language', /unknown language "fr"/],
      [ARTICLE, { ...SOURCE, publishedAt: '18-06-2024' }, 'source.publishedAt', /source\.publishedAt/],
      [ARTICLE, { ...SOURCE, id: 'Not An Id' }, 'source.id', /source\.id/],
      ['  \n ', SOURCE, 'text', /text is empty/],
    ];
    for (const [text, source, field, message] of cases) {
      const body = await draft(text, source);
      expect(body.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(body.errors?.[0]?.message).toMatch(message);
    }
  });

  it('knows a name added to the graph at the next draft', async () => {
    const text = 'Menteri Zebulon Quarkson bertemu Kim Jong Un di Pyongyang.';
    const first = await draft(text);
    expect(first.data!.draftSeed.candidates.map((c) => c.name)).toContain('Zebulon Quarkson');
    const added = await t.graphql(
      'mutation { upsertEntity(input: { id: "zebulon-quarkson", type: "Person", name: "Zebulon Quarkson" }) { id } }',
      {},
      TEST_TOKEN,
    );
    expect(added.errors).toBeUndefined();
    const second = await draft(text);
    expect(second.data!.draftSeed.mentions.map((m) => m.entityId)).toContain('zebulon-quarkson');
    expect(second.data!.draftSeed.candidates.map((c) => c.name)).not.toContain('Zebulon Quarkson');
  });

  it('weighs each draft in the cost analysis: four drafts in one request are refused unrun', async () => {
    const schema = buildSchema();
    expect(FIELD_WEIGHTS['Query.draftSeed']).toBe(DRAFT_COST);
    expect(operationCost(schema, parse(DRAFT), { text: 'x', source: SOURCE })).toBeGreaterThan(DRAFT_COST);
    const four = `query($s: DraftSourceInput!) { ${[1, 2, 3, 4].map((n) => `d${n}: draftSeed(text: "x", source: $s) { knownEntities }`).join(' ')} }`;
    queries.length = 0;
    const body = await t.graphql(four, { s: SOURCE });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED' });
    expect(queries).toHaveLength(0);
  });
});
