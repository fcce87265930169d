// `npm run draft` against the real Neo4j holding the article graph: the known names come from the
// graph (one read), every mention of them links to its id, and the draft's seed passes the
// importer's dry run against that graph (its references to known ids resolve).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownFromGraph } from '../../server/draft/known-sources';
import type { Draft } from '../../server/draft/types';
import { importSeed } from '../../server/import';
import { fingerprint } from '../fixtures/fingerprint';
import { createArticleTestApp, readArticleSeed } from '../helpers/load-seed';
import type { TestApp } from '../helpers/test-app';
import { runCommand, type CommandResult, testNeo4jEnv } from '../helpers/run-command';

function runCli(args: string[]): Promise<CommandResult> {
  return runCommand('npx', ['tsx', 'server/draft/cli.ts', ...args], testNeo4jEnv());
}

describe('npm run draft against the graph', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createArticleTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("reads every entity's names from the graph", async () => {
    const seed = readArticleSeed();
    const known = await knownFromGraph(t.executor);
    expect(known.map((e) => e.id).sort()).toEqual(seed.entities!.map((e) => e.id).sort());
    const putin = known.find((e) => e.id === 'vladimir-putin');
    expect(putin).toEqual({
      id: 'vladimir-putin',
      type: 'Person',
      name: 'Vladimir Putin',
      aliases: ['Putin', 'Vladimir Vladimirovich Putin'],
    });
  });

  it('links known mentions to their ids and writes a seed the importer accepts (dry run), writing nothing', async () => {
    const before = await fingerprint(t.executor);
    const run = await runCli([
      '../shared/seed-article.txt',
      '--publisher',
      'Konteks.co.id',
      '--published',
      '2024-06-18',
      '--title',
      'Putin Kunjungi Pyongyang',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const draft = JSON.parse(run.stdout) as Draft;
    const linked = new Set(draft.mentions.flatMap((m) => (m.entityId ? [m.entityId] : [])));
    for (const id of ['vladimir-putin', 'kim-jong-un', 'leif-eric-easley', 'sang-jung-byun', 'north-korea', 'un-sanctions-on-north-korea'])
      expect(linked).toContain(id);
    expect(draft.candidates.map((c) => c.name)).not.toContain('Leif-Eric Easley');
    const report = await importSeed(t.executor, draft.seed, { dryRun: true });
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(await fingerprint(t.executor)).toBe(before);
  }, 90_000);
});
