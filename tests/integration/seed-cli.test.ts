// `npm run seed` as a user runs it: a child process against the test Neo4j, checked by its exit
// code (0 loaded, 1 validation errors, 2 usage or connection errors) and its output.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import type { SeedFile } from '../../server/import/types';
import { fingerprint } from '../fixtures/fingerprint';
import { freePort } from '../helpers/free-port';
import { readArticleSeed } from '../helpers/load-seed';
import { createTestApp, resetDatabase, type TestApp } from '../helpers/test-app';
import { runCommand, type CommandResult, testNeo4jEnv } from '../helpers/run-command';

const ARTICLE = 'seed/konteks-2024-06-18-putin-pyongyang.json';
const articleFile = readArticleSeed();
const ENTITIES = articleFile.entities!.length;
const RELATIONS = articleFile.relations!.length;

function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CommandResult> {
  return runCommand('npx', ['tsx', 'server/import/cli/cli.ts', ...args], { ...testNeo4jEnv(), ...env });
}

describe('npm run seed', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureSchema(t.executor);
    await resetDatabase(t.executor);
    dir = mkdtempSync(join(tmpdir(), 'jejaring-seed-cli-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('a dry run prints what would change and writes nothing (exit 0)', async () => {
    const before = await fingerprint(t.executor);
    const run = await runCli([ARTICLE, '--dry-run']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dry run of seed/konteks-2024-06-18-putin-pyongyang.json');
    expect(run.stdout).toContain(`entities   ${ENTITIES} created, 0 updated, 0 resolved`);
    expect(await fingerprint(t.executor)).toBe(before);
  });

  it('loads a file and prints the summary (exit 0); a second run creates nothing', async () => {
    const first = await runCli([ARTICLE]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Loaded seed\/konteks-2024-06-18-putin-pyongyang\.json into bolt:\/\//);
    expect(first.stdout).toContain(`entities   ${ENTITIES} created, 0 updated, 0 resolved`);
    expect(first.stdout).toContain(`relations  ${RELATIONS} created, 0 updated`);
    expect(first.stdout).toContain('sources    1 created, 0 updated');
    // Not a terminal: no progress bar in the output.
    expect(first.stdout).not.toContain('writing [');
    const second = await runCli([ARTICLE]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('entities   0 created, 0 updated, 0 resolved');
    expect(second.stdout).toContain('relations  0 created, 0 updated');
  });

  it('loads a folder in one go and lists the resolutions', async () => {
    const run = await runCli(['tests/fixtures/seeds']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Loaded tests/fixtures/seeds/kim-family.json, tests/fixtures/seeds/second-source.json');
    expect(run.stdout).toContain('entities   4 created, 4 updated, 2 resolved');
    expect(run.stdout).toContain(
      'Resolved to existing entities:\n  russian-federation → russia (alias "Russia")\n  chosun → north-korea (wikidata Q423)',
    );
  });

  it('--replace takes back what a corrected file dropped', async () => {
    const file = JSON.parse(readFileSync('tests/fixtures/seeds/second-source.json', 'utf8')) as SeedFile;
    file.entities = file.entities!.filter((e) => e.id !== 'sergei-lavrov');
    file.relations = file.relations!.filter((r) => r.from !== 'sergei-lavrov');
    const path = join(dir, 'second-corrected.json');
    writeFileSync(path, JSON.stringify(file));
    const run = await runCli([path, '--replace']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('entities   0 created, 0 updated, 2 resolved, 1 removed');
    expect(run.stdout).toContain('relations  0 created, 0 updated, 1 removed');
  });

  it('prints every validation error as "path: message" and exits 1 without writing', async () => {
    const before = await fingerprint(t.executor);
    const file = readArticleSeed();
    file.relations![12]!.to = 'kim-jong-uh';
    file.relations![3]!.from = 'nobody';
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify(file));
    const run = await runCli([path]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      'relations[3].from: unknown entity "nobody"',
      'relations[12].to: unknown entity "kim-jong-uh"',
      'seed: 2 errors; nothing was written.',
      '',
    ]);
    expect(await fingerprint(t.executor)).toBe(before);
  });

  it('reports schema errors before connecting (exit 1 even with no database)', async () => {
    const path = join(dir, 'schema.json');
    writeFileSync(path, JSON.stringify({ version: 1, entities: [{ id: 'Bad Id', type: 'Person', name: 'X' }] }));
    const run = await runCli([path], { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('entities[0].id: "Bad Id" is not a kebab-case id');
  });

  it.each([
    ['no arguments', [], /^seed: give a seed file or folder\n\nUsage: npm run seed/],
    ['an unknown option', [ARTICLE, '--force'], /^seed: unknown option --force\n/],
    ['a missing path', ['no/such/file.json'], /^seed: no\/such\/file\.json: no such file or folder\n$/],
  ])('exits 2 on a usage error: %s', async (_name, args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 with one line when no Neo4j answers', async () => {
    const port = await freePort();
    const bundled = await runCli([ARTICLE], { NEO4J_URI: '', NEO4J_BOLT_PORT: String(port) });
    expect(bundled.code).toBe(2);
    expect(bundled.stderr).toBe(
      `seed: no Neo4j answers at bolt://127.0.0.1:${port}: run \`npm start\` or \`npm run db\` first (or set NEO4J_URI).\n`,
    );
    const external = await runCli([ARTICLE], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(external.code).toBe(2);
    expect(external.stderr).toMatch(new RegExp(`^seed: cannot reach Neo4j at bolt://127.0.0.1:${port} \\(NEO4J_URI\\): .+\\n$`));
  });
});
