// `npm run seed` with a Cytoscape desktop `.cyjs` file, as a user runs it: a child process against
// the test Neo4j. The extension is accepted, the mapping is printed, the graph is the expected one.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import type { SeedFile } from '../../server/import/types';
import { fingerprint } from '../fixtures/fingerprint';
import { runCommand, testNeo4jEnv, type CommandResult } from '../helpers/run-command';
import { createTestApp, resetDatabase, type TestApp } from '../helpers/test-app';
import { sortedSeed, storedGraph } from '../helpers/stored-graph';

const CYJS = 'tests/fixtures/formats/cytoscape-desktop/konteks-putin-pyongyang.cyjs';
const expected = JSON.parse(readFileSync(CYJS.replace(/\.cyjs$/, '.expected.json'), 'utf8')) as SeedFile;

function runCli(args: string[]): Promise<CommandResult> {
  return runCommand('npm', ['run', '--silent', 'seed', '--', ...args], testNeo4jEnv());
}

describe('npm run seed with a Cytoscape desktop .cyjs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureSchema(t.executor);
    await resetDatabase(t.executor);
  });
  afterAll(() => t.close());

  it('a dry run prints the mapping notes and writes nothing', async () => {
    const before = await fingerprint(t.executor);
    const run = await runCli([CYJS, '--dry-run']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('entities   15 created');
    expect(run.stdout).toContain('relations  17 created');
    expect(run.stdout).toContain('How the file was read:\n');
    expect(run.stdout).toContain('  mapped: interaction → relation type (19 edges)\n');
    expect(run.stdout).toContain('  default entity type "Node" (15 nodes)\n');
    expect(run.stdout).toContain('  merged: parallel edges (same source, type and target) into one relation (2 edges)\n');
    expect(run.stdout).toContain('  dropped: shared_name, SUID, selected, edge name, shared_interaction\n');
    expect(await fingerprint(t.executor)).toBe(before);
  });

  it('loads it as the expected graph', async () => {
    const run = await runCli([CYJS]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await storedGraph(t.executor)).toEqual(sortedSeed(expected));
  });

  it('--type-from and --default-type choose the entity types', async () => {
    await resetDatabase(t.executor);
    const run = await runCli([CYJS, '--type-from', 'category', '--default-type', 'Thing']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  mapped: category → entity type (15 nodes)\n');
    const rows = await t.executor.read({ cypher: 'MATCH (e:Entity) RETURN e.type AS type, count(*) AS n ORDER BY type', params: {} });
    expect(rows.map((row) => [row.type, Number(row.n)])).toEqual([
      ['Country', 3],
      ['Organization', 5],
      ['Person', 4],
      ['Place', 3],
    ]);
  });
});

// The other two shapes people hand around: a bare element array (cytoscape.js demos, `cy.add()`)
// and a whole `cy.json()`; both as `.json` files, loaded into an empty database.
describe.each([
  ['a bare element array', 'tests/fixtures/formats/cytoscape-js-elements/konteks-elements.json'],
  ['a cy.json() object', 'tests/fixtures/formats/cytoscape-js-cy-json/konteks-cy.json'],
])('npm run seed with %s', (_shape, file) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureSchema(t.executor);
    await resetDatabase(t.executor);
  });
  afterAll(() => t.close());

  it('loads it as the expected graph', async () => {
    const expectedGraph = JSON.parse(readFileSync(file.replace(/\.json$/, '.expected.json'), 'utf8')) as SeedFile;
    const run = await runCli([file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await storedGraph(t.executor)).toEqual(sortedSeed(expectedGraph));
  });
});
