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

/** The synthetic graph of the API tests and benchmark: the shared generator's ring shape. */
export { ringSeed as generatedSeed } from '../fixtures/generate-seed';
