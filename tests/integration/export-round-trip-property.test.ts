// Property test (issue 10): any graph Jejaring can hold and export round-trips through every
// export format it also reads: export → import (dry run) reports no change. Small random seeds with
// unicode text, aliases, descriptions, properties of every type including lists, relation status
// and claimedBy, evidence with and without quotes; against the real Neo4j, bounded in runs.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import { EXPORT_FORMATS, exportText } from '../../server/export/export-formats';
import { importSeed } from '../../server/import/index';
import type { SeedFile } from '../../server/import/types';
import { createTestApp, resetDatabase, type TestApp } from '../helpers/test-app';
import { asInput, changes, NO_CHANGE } from '../helpers/round-trip';

// Text as people write it: any unicode, incl. tabs, newlines and CR; not the C0 controls XML 1.0 cannot hold.
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are excluded on purpose
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const text = (minLength = 0) => fc.string({ unit: 'grapheme', minLength, maxLength: 12 }).filter((s) => !XML_FORBIDDEN.test(s));
const nonEmpty = text(1).filter((s) => s.trim().length > 0);
const number = fc.oneof(
  fc.maxSafeInteger(),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((n) => !Object.is(n, -0)),
);
const value = fc.oneof(
  text(),
  number,
  fc.boolean(),
  fc.array(text(), { minLength: 1, maxLength: 3 }),
  fc.array(number, { minLength: 1, maxLength: 3 }),
  fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
);
// Names an importer reads itself (kind, weight, labels) must survive as user properties too.
const properties = fc.dictionary(fc.constantFrom('role', 'since', 'score', 'tags', 'kind', 'weight', 'labels', 'x', 'color'), value, {
  maxKeys: 4,
});

const seeds = fc
  .record({
    sourceTitles: fc.array(nonEmpty, { minLength: 1, maxLength: 2 }),
    entities: fc.array(
      fc.record({
        type: fc.constantFrom('Person', 'Country', 'Thing2'),
        name: nonEmpty,
        aliases: fc.uniqueArray(nonEmpty, { maxLength: 2 }),
        description: fc.option(text(), { nil: undefined }),
        properties,
      }),
      { minLength: 1, maxLength: 5 },
    ),
    relations: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        type: fc.constantFrom('LEADS', 'MEETS', 'A1B'),
        properties,
        claimed: fc.boolean(),
        evidence: fc.array(fc.record({ source: fc.nat(), quote: fc.option(nonEmpty, { nil: undefined }) }), { maxLength: 2 }),
      }),
      { maxLength: 5 },
    ),
  })
  .map(({ sourceTitles, entities, relations }): SeedFile => {
    const sources = sourceTitles.map((title, i) => ({ id: `source-${i}`, title }));
    const ids = entities.map((_, i) => `entity-${i}`);
    const seen = new Set<string>();
    return {
      version: 1,
      sources,
      entities: entities.map((entity, i) => ({ id: ids[i] as string, ...entity })),
      relations: relations.flatMap((relation) => {
        const from = ids[relation.from % ids.length] as string;
        const to = ids[relation.to % ids.length] as string;
        if (seen.has(`${from} ${relation.type} ${to}`)) return [];
        seen.add(`${from} ${relation.type} ${to}`);
        const evidence = new Map(relation.evidence.map((item) => [`source-${item.source % sources.length}`, item.quote]));
        const status: Record<string, string> = relation.claimed ? { status: 'claimed', claimedBy: from } : {};
        return [
          {
            type: relation.type,
            from,
            to,
            properties: { ...relation.properties, ...status },
            evidence: [...evidence].map(([source, quote]) => (quote === undefined ? { source } : { source, quote })),
          },
        ];
      }),
    };
  });

describe('property: every exportable graph round-trips through every format', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureSchema(t.executor);
  });
  afterAll(() => t.close());

  it('export → dry-run import reports 0 created, 0 updated, 0 removed', async () => {
    await fc.assert(
      fc.asyncProperty(seeds, async (seed) => {
        await resetDatabase(t.executor);
        const loaded = await importSeed(t.executor, seed, { resolve: false });
        expect(loaded.errors).toEqual([]);
        for (const format of EXPORT_FORMATS) {
          const exported = asInput(format, await exportText(t.executor, format));
          const report = await importSeed(t.executor, exported.input, { format: exported.format, dryRun: true, resolve: false });
          expect({ format, ...changes(report) }).toEqual({ format, ...NO_CHANGE });
        }
      }),
      { numRuns: 20 },
    );
  }, 240_000);
});
