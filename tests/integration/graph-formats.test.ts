// GraphML (APOC) and GEXF (Gephi) files through the CLI (`npm run seed`, a real child process) and
// the API (importSeed with format GRAPHML / GEXF), compared with the expected graph next to each
// fixture; and `npm run export` as a user runs it: every format re-imports with no change.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import { exportSeed } from '../../server/export/export-seed';
import { importSeed } from '../../server/import/index';
import { readArticleSeed } from '../helpers/load-seed';
import { canonicalSeed } from '../helpers/round-trip';
import { runCommand, testNeo4jEnv, type CommandResult } from '../helpers/run-command';
import { createTestApp, resetDatabase, TEST_TOKEN, type TestApp } from '../helpers/test-app';

const FIXTURES = [
  ['GRAPHML', 'tests/fixtures/formats/neo4j-apoc-graphml/konteks.graphml'],
  ['GEXF', 'tests/fixtures/formats/gephi-gexf/konteks.gexf'],
] as const;
const expectedOf = (file: string) => JSON.parse(readFileSync(join(file, '..', 'konteks.expected.json'), 'utf8')) as unknown;

function run(script: string, args: string[]): Promise<CommandResult> {
  return runCommand('npx', ['tsx', script, ...args], testNeo4jEnv());
}

describe('GraphML and GEXF imports, and npm run export', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureSchema(t.executor);
    dir = mkdtempSync(join(tmpdir(), 'jejaring-graph-formats-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it.each(FIXTURES)(
    'npm run seed loads the %s fixture as its expected graph',
    async (_format, file) => {
      await resetDatabase(t.executor);
      const loaded = await run('server/import/cli/cli.ts', [file]);
      expect(loaded.stderr).toBe('');
      expect(loaded.code).toBe(0);
      expect(loaded.stdout).toContain(`Loaded ${file}`);
      // The mapping is printed: how ids, names and types were found.
      expect(loaded.stdout).toMatch(/How the file was read:\n( {2}.*\n)* {2}entity id: slug of the name \(1[23] nodes\)\n/);
      expect(canonicalSeed(await exportSeed(t.executor))).toEqual(canonicalSeed(expectedOf(file)));
    },
    60_000,
  );

  it.each(FIXTURES)('importSeed(format: %s) loads the fixture as its expected graph', async (format, file) => {
    await resetDatabase(t.executor);
    const mutation = `mutation ($seed: JSON!, $format: SeedFormat) { importSeed(seed: $seed, format: $format) { ok entitiesCreated relationsCreated errors { path message } notes } }`;
    const body = await t.graphql<{ importSeed: Record<string, unknown> }>(
      mutation,
      { seed: readFileSync(file, 'utf8'), format },
      TEST_TOKEN,
    );
    expect(body.errors).toBeUndefined();
    const expected = expectedOf(file) as { entities: unknown[]; relations: unknown[] };
    expect(body.data?.importSeed).toEqual({
      notes: expect.arrayContaining([expect.stringMatching(/^mapped: (label|kind) → relation type \(1[134] edges\)$/)]),
      ok: true,
      entitiesCreated: expected.entities.length,
      relationsCreated: expected.relations.length,
      errors: [],
    });
    expect(canonicalSeed(await exportSeed(t.executor))).toEqual(canonicalSeed(expected));
  });

  it('importSeed(format: GRAPHML) reports a value it cannot store where it is, and writes nothing', async () => {
    await resetDatabase(t.executor);
    const text = readFileSync(FIXTURES[0][1], 'utf8').replace(
      '<data key="population">3255288</data>',
      '<data key="population">9007199254740993</data>',
    );
    const report = await importSeed(t.executor, text, { format: 'graphml' });
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([{ path: 'node[n5].population', message: expect.stringContaining('beyond ±9007199254740991') }]);
    expect(await t.executor.read({ cypher: 'MATCH (n) RETURN count(n) AS n', params: {} })).toEqual([{ n: 0 }]);
  });

  it.each([
    ['seed', 'json'],
    ['cytoscape', 'json'],
    ['graphml', 'graphml'],
    ['gexf', 'gexf'],
  ])(
    'npm run export --format %s writes a file that npm run seed --dry-run finds unchanged',
    async (format, extension) => {
      await resetDatabase(t.executor);
      expect((await importSeed(t.executor, readArticleSeed())).errors).toEqual([]);
      const out = join(dir, `export-${format}.${extension}`);
      const exported = await run('server/export/cli.ts', ['--format', format, '--out', out]);
      expect(exported.stderr).toBe(`export: wrote ${format} to ${out}\n`);
      expect(exported.code).toBe(0);
      const dry = await run('server/import/cli/cli.ts', [out, '--dry-run']);
      expect(dry.stderr).toBe('');
      expect(dry.code).toBe(0);
      expect(dry.stdout).toContain(
        'entities   0 created, 0 updated, 0 resolved\n  relations  0 created, 0 updated\n  sources    0 created, 0 updated',
      );
    },
    60_000,
  );

  it('npm run export refuses an unknown format (exit 2) and writes to stdout without --out', async () => {
    const bad = await run('server/export/cli.ts', ['--format', 'dot']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('export: unknown format "dot" (seed, cytoscape, graphml, gexf)');
    await resetDatabase(t.executor);
    expect((await importSeed(t.executor, readArticleSeed())).errors).toEqual([]);
    const stdout = await run('server/export/cli.ts', ['--format', 'gexf']);
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf.net\/1.3"/);
  }, 60_000);
});
