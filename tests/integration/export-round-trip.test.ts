// Lossless round trip (issue 10): the whole graph exported in every format Jejaring also reads
// (seed, Cytoscape JSON, GraphML, GEXF), then imported as a dry run against the same database,
// reports 0 created, 0 updated, 0 removed. On the article graph, and with a second source loaded
// on top (entities resolved across sources, several evidence items per relation).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import { exportText, EXPORT_FORMATS } from '../../server/export/export-formats';
import { importSeed } from '../../server/import/index';
import { asInput, changes, NO_CHANGE } from '../helpers/round-trip';
import { fingerprint } from '../fixtures/fingerprint';
import { readArticleSeed } from '../helpers/load-seed';
import { createTestApp, resetDatabase, type TestApp } from '../helpers/test-app';

const secondSource = () => JSON.parse(readFileSync('tests/fixtures/seeds/second-source.json', 'utf8')) as unknown;

describe('export → import (dry run) is a no-op in every format', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureSchema(t.executor);
  });
  afterAll(() => t.close());

  const graphs: [string, unknown[]][] = [
    ['the article graph', [readArticleSeed()]],
    ['the article graph plus a second source', [readArticleSeed(), secondSource()]],
  ];

  describe.each(graphs)('%s', (_name, seeds) => {
    beforeAll(async () => {
      await resetDatabase(t.executor);
      for (const seed of seeds) {
        const report = await importSeed(t.executor, seed);
        expect(report.errors).toEqual([]);
      }
    });

    it.each(EXPORT_FORMATS.map((format) => [format]))('%s', async (format) => {
      const before = await fingerprint(t.executor);
      const exported = asInput(format, await exportText(t.executor, format));
      for (const replace of [false, true]) {
        const report = await importSeed(t.executor, exported.input, { format: exported.format, dryRun: true, replace });
        expect({ replace, ...changes(report) }).toEqual({ replace, ...NO_CHANGE });
      }
      expect(await fingerprint(t.executor)).toBe(before);
    });
  });
});
