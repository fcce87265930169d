// Seed loading speed on generated files of 10,000 and 100,000 relations (one transaction each,
// UNWIND batches of 2,000): `npm run bench -- tests/bench/import.bench.ts`.
// Each iteration loads a seed with fresh ids (its own prefix), so nothing merges or resolves.
import { afterAll, bench, describe, expect } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import { importSeed } from '../../server/import/index';
import { generateSeed } from '../fixtures/generate-seed';
import { createTestApp } from '../helpers/test-app';
import { emptyDatabase } from './empty-database';

const t = await createTestApp();

await emptyDatabase(t.driver);
await ensureSchema(t.executor);
afterAll(async () => {
  await emptyDatabase(t.driver);
  await t.close();
});

let run = 0;
async function load(relations: number) {
  const seed = generateSeed(relations, `bench${(run += 1)}`);
  const report = await importSeed(t.executor, seed);
  expect(report).toMatchObject({ ok: true, relationsCreated: relations, entitiesCreated: seed.entities!.length });
}

describe('importSeed, generated seed', () => {
  bench('10k relations (2k entities)', () => load(10_000), { iterations: 3, warmupIterations: 1, time: 0 });
  // warmupTime 0: tinybench's default 100 ms of warm-up would be one whole extra 100k load.
  bench('100k relations (20k entities)', () => load(100_000), { iterations: 1, warmupIterations: 0, warmupTime: 0, time: 0 });
});
