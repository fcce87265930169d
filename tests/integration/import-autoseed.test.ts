// The server's bootstrap loads the seed/ folder into an empty database, once, with one log line.
import { readdirSync, readFileSync } from 'node:fs';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapDatabase } from '../../server/bootstrap';
import type { SeedFile } from '../../server/import/types';
import { fingerprint } from '../fixtures/fingerprint';
import { createTestApp, resetDatabase, type TestApp } from '../helpers/test-app';

const seedFiles = readdirSync('seed').filter((name) => name.endsWith('.json'));
const expected = seedFiles.map((name) => JSON.parse(readFileSync(`seed/${name}`, 'utf8')) as SeedFile);

describe('auto-seed at start', () => {
  let t: TestApp;
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) });
  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.executor);
  });
  afterAll(() => t.close());

  it('loads every seed file into an empty database and logs one line with the counts', async () => {
    await bootstrapDatabase({ executor: t.executor, logger, autoSeed: true });
    // Files share entities and relations (the Wikidata background places the article's own
    // entities): the loader merges them by id and by (from, type, to), so count distinct ones.
    const entities = new Set(expected.flatMap((file) => (file.entities ?? []).map((e) => e.id))).size;
    const relations = new Set(expected.flatMap((file) => (file.relations ?? []).map((r) => `${r.from}|${r.type}|${r.to}`))).size;
    const [row] = await t.executor.read({ cypher: 'MATCH (e:Entity) RETURN count(e) AS n', params: {} });
    expect(row?.n).toBe(entities);
    expect(lines.filter((line) => line.msg.startsWith('auto-seed'))).toEqual([
      expect.objectContaining({
        level: 30,
        msg: `auto-seed: empty database, loaded ${seedFiles.length} seed file${seedFiles.length === 1 ? '' : 's'}: ${entities} entities, ${relations} relations, ${new Set(expected.flatMap((file) => (file.sources ?? []).map((s) => s.id))).size} sources`,
      }),
    ]);
  });

  it('does nothing when the database already has entities', async () => {
    const before = await fingerprint(t.executor);
    lines.length = 0;
    await bootstrapDatabase({ executor: t.executor, logger, autoSeed: true });
    expect(lines.filter((line) => line.msg.startsWith('auto-seed'))).toEqual([]);
    expect(await fingerprint(t.executor)).toBe(before);
  });

  it('does nothing when auto-seed is off', async () => {
    await resetDatabase(t.executor);
    await bootstrapDatabase({ executor: t.executor, logger, autoSeed: false });
    const [row] = await t.executor.read({ cypher: 'MATCH (n) RETURN count(n) AS n', params: {} });
    expect(row?.n).toBe(0);
  });
});
