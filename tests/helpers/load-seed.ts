// Test data for the API tests and benchmarks, loaded through the real loader (importSeed), the
// same code path as the CLI and the importSeed mutation.
import { readFileSync } from 'node:fs';
import type { Executor } from '../../server/db/executor';
import { ensureSchema } from '../../server/db/schema-setup';
import { importSeed } from '../../server/import';
import type { SeedFile } from '../../server/import/types';
import { createTestApp, resetDatabase, type TestApp, type TestAppOptions } from './test-app';

export const ARTICLE_SOURCE = 'konteks-2024-06-18-putin-pyongyang';
const ARTICLE_SEED = new URL('../../seed/konteks-2024-06-18-putin-pyongyang.json', import.meta.url);

export function readArticleSeed(): SeedFile {
  return JSON.parse(readFileSync(ARTICLE_SEED, 'utf8')) as SeedFile;
}

/** Loads a seed and fails loudly if the loader reports a problem. */
export async function loadSeed(executor: Executor, seed: unknown): Promise<void> {
  const report = await importSeed(executor, seed, { resolve: false });
  if (!report.ok) throw new Error(`seed did not load: ${JSON.stringify(report.errors.slice(0, 5))}`);
}

export const loadArticleSeed = (executor: Executor) => loadSeed(executor, readArticleSeed());

/** A test app on a database holding exactly the article graph, with constraints and indexes as at start-up. */
export async function createArticleTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const t = await createTestApp(options);
  await resetDatabase(t.executor);
  await ensureSchema(t.executor);
  await loadArticleSeed(t.executor);
  return t;
}

const TYPES = ['Person', 'Country', 'Organization', 'Place', 'Event'] as const;
const RELATION_TYPES = ['KNOWS', 'LOCATED_IN', 'PART_OF', 'SUPPORTS', 'MEETS'] as const;

/**
 * A deterministic synthetic seed: `entities` entities in one source, about `perEntity` relations
 * each (a ring keeps it connected; the rest are pseudo-random). Ids are `gen-<n>`.
 */
export function generatedSeed(entities: number, perEntity = 3, source = 'generated-2024-01-01-synthetic'): SeedFile {
  // mulberry32: a small seeded PRNG, so that every run builds the same graph.
  let state = 42;
  const random = (n: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
  };
  const id = (n: number) => `gen-${n}`;
  const relations = new Map<string, NonNullable<SeedFile['relations']>[number]>();
  const add = (from: number, to: number, type: string) => {
    if (from === to) return;
    relations.set(`${from}|${type}|${to}`, {
      type,
      from: id(from),
      to: id(to),
      evidence: [{ source, quote: `Entity ${from} ${type.toLowerCase()} entity ${to}.` }],
    });
  };
  for (let n = 0; n < entities; n += 1) {
    add(n, (n + 1) % entities, 'KNOWS');
    for (let k = 1; k < perEntity; k += 1) add(n, random(entities), RELATION_TYPES[random(RELATION_TYPES.length)] ?? 'KNOWS');
  }
  return {
    version: 1,
    sources: [{ id: source, title: 'Synthetic graph', publisher: 'Jejaring tests', publishedAt: '2024-01-01', language: 'en' }],
    entities: Array.from({ length: entities }, (_, n) => ({
      id: id(n),
      type: TYPES[n % TYPES.length] ?? 'Person',
      name: `Synthetic ${TYPES[n % TYPES.length]} ${n}`,
      aliases: [`Sintetis ${n}`],
      description: `Generated entity number ${n} for tests and benchmarks.`,
    })),
    relations: [...relations.values()],
  };
}
