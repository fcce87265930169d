// Issue 10, point 2, against the real database: each spreadsheet CSV fixture (tests/fixtures/formats/
// csv-*) loaded through `npm run seed` (a real child process) and through importSeed (app.fetch, the
// files as base64 bytes as the browser sends them) gives exactly the graph of its expected.json,
// with the encoding and delimiter in the report's notes.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import { importSeed } from '../../server/import/index';
import { fingerprint, graphCounts } from '../fixtures/fingerprint';
import { runCommand, testNeo4jEnv, type CommandResult } from '../helpers/run-command';
import { createTestApp, resetDatabase, TEST_TOKEN, type TestApp } from '../helpers/test-app';

const FIXTURES = 'tests/fixtures/formats';
const FOLDERS = [
  ['csv-windows-1252', 'decoded as Windows-1252 (entities.csv, relations.csv)'],
  ['csv-utf-16le-tab', 'delimiter tab (entities.csv, relations.csv, sources.csv)'],
  ['csv-semicolon-utf8-bom', 'delimiter ";" (entities.csv, relations.csv, sources.csv)'],
  ['csv-trailing-empty-column', 'skipped 3 empty rows (entities.csv)'],
] as const;

function runSeed(args: string[]): Promise<CommandResult> {
  return runCommand('npm', ['run', '--silent', 'seed', '--', ...args], testNeo4jEnv());
}

const IMPORT = `mutation($seed: JSON!, $dryRun: Boolean) {
  importSeed(seed: $seed, format: CSV, dryRun: $dryRun) { ok entitiesCreated relationsCreated sourcesCreated notes errors { path message } }
}`;
interface ImportResult {
  importSeed: {
    ok: boolean;
    entitiesCreated: number;
    relationsCreated: number;
    notes: string[];
    errors: { path: string; message: string }[];
  };
}
const base64 = (path: string) => readFileSync(path).toString('base64');

describe('spreadsheet CSVs through the CLI and the API', () => {
  let t: TestApp;
  /** The fingerprint of each fixture's expected.json, loaded as a JSON seed. */
  const expected = new Map<string, { print: string; counts: Awaited<ReturnType<typeof graphCounts>> }>();
  beforeAll(async () => {
    t = await createTestApp();
    await ensureSchema(t.executor);
    for (const [folder] of FOLDERS) {
      await resetDatabase(t.executor);
      const seed: unknown = JSON.parse(readFileSync(`${FIXTURES}/${folder}/expected.json`, 'utf8'));
      const report = await importSeed(t.executor, seed);
      expect(report.errors).toEqual([]);
      expected.set(folder, { print: await fingerprint(t.executor), counts: await graphCounts(t.executor) });
    }
  });
  afterAll(() => t?.close());
  beforeEach(() => resetDatabase(t.executor));

  const sameAsExpected = async (folder: string) => {
    const want = expected.get(folder);
    expect(await graphCounts(t.executor)).toEqual(want?.counts);
    expect(await fingerprint(t.executor)).toBe(want?.print);
  };

  it.each(FOLDERS)('CLI: %s loads as its expected graph, and says how it was read', async (folder, note) => {
    // The CSV files only: the folder also holds expected.json, which a folder argument would load too.
    const run = await runSeed([`${FIXTURES}/${folder}/entities.csv`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(note);
    await sameAsExpected(folder);
  });

  it.each(FOLDERS)('API: %s sent as base64 bytes loads as its expected graph, with its notes', async (folder, note) => {
    const seed: Record<string, string> = {};
    for (const file of ['entities', 'relations', 'sources']) seed[`${file}Base64`] = base64(`${FIXTURES}/${folder}/${file}.csv`);
    const dry = await t.graphql<ImportResult>(IMPORT, { seed, dryRun: true }, TEST_TOKEN);
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.importSeed.errors).toEqual([]);
    expect(dry.data?.importSeed.notes).toContain(note);
    const run = await t.graphql<ImportResult>(IMPORT, { seed }, TEST_TOKEN);
    expect(run.data?.importSeed.ok).toBe(true);
    await sameAsExpected(folder);
  });

  it('API: the text form keeps working: the semicolon pair as strings loads as its expected graph', async () => {
    const folder = 'csv-semicolon-utf8-bom';
    const text = (file: string) => readFileSync(`${FIXTURES}/${folder}/${file}.csv`, 'utf8');
    const seed = { entities: text('entities'), relations: text('relations'), sources: text('sources') };
    const run = await t.graphql<ImportResult>(IMPORT, { seed }, TEST_TOKEN);
    expect(run.data?.importSeed.errors).toEqual([]);
    expect(run.data?.importSeed.notes).toEqual(['delimiter ";" (entities.csv, relations.csv, sources.csv)']);
    await sameAsExpected(folder);
  });

  it('API: bytes that cannot be decoded are refused with their byte offset, and nothing is written', async () => {
    const before = await fingerprint(t.executor);
    const bad = Buffer.concat([Buffer.from('id,type,name\nx,Person,Caf'), Buffer.from([0xe9, 0x9d])]);
    const seed = { entitiesBase64: bad.toString('base64'), relations: 'from,type,to\n' };
    const run = await t.graphql<ImportResult>(IMPORT, { seed }, TEST_TOKEN);
    expect(run.data?.importSeed.ok).toBe(false);
    expect(run.data?.importSeed.errors).toEqual([
      {
        path: 'entities.csv:2:14',
        message: 'neither UTF-8 (byte offset 25: 0xe9) nor Windows-1252 (byte offset 26: 0x9d is undefined there); save the file as UTF-8',
      },
    ]);
    expect(await fingerprint(t.executor)).toBe(before);
  });
});
