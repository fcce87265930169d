// Stored layout positions (issue 12, "a first view in under a second"): after a change through the
// API, the layout job lays the graph out in a worker thread and stores every entity's position,
// served as Entity.layout. The imported file's own positions (`position`) and every export stay
// as they were; internal properties never show in `properties`.
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import { exportText, EXPORT_FORMATS } from '../../server/export/export-formats';
import { computeLayout } from '../../server/layout/compute-layout';
import { LayoutJob } from '../../server/layout/layout-job';
import { loadArticleSeed } from '../helpers/load-seed';
import { createTestApp, resetDatabase, TEST_TOKEN, type TestApp } from '../helpers/test-app';

interface Node {
  id: string;
  properties: Record<string, unknown>;
  position: { x: number; y: number } | null;
  layout: { x: number; y: number } | null;
}
const NODES = '{ graph(limit: 5000) { nodes { id properties position { x y } layout { x y } } } }';
const cytoscapeFile = readFileSync('tests/fixtures/cytoscape/explorer-flat.json', 'utf8');

describe('stored layout positions', () => {
  let t: TestApp;
  let job: LayoutJob;

  beforeAll(async () => {
    // As main.ts: every mutation tells the job, which runs after a short debounce.
    t = await createTestApp({ onGraphChange: () => job.schedule() });
    job = new LayoutJob({ executor: t.executor, logger: pino({ level: 'silent' }), debounceMs: 50 });
    await resetDatabase(t.executor);
    await ensureSchema(t.executor);
  });
  afterAll(async () => {
    job.stop();
    await t.close();
  });

  const nodes = async () => {
    const body = await t.graphql<{ graph: { nodes: Node[] } }>(NODES);
    expect(body.errors).toBeUndefined();
    return body.data!.graph.nodes;
  };
  /** Polls until `done` holds for the graph's nodes, for up to 60 s (the machine is shared). */
  const waitFor = async (done: (nodes: Node[]) => boolean, what: string) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const current = await nodes();
      if (done(current)) return current;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const write = (query: string, variables: Record<string, unknown>) => t.graphql(query, variables, TEST_TOKEN);

  it('stores a position for every entity after an import, and keeps the file positions as they were', async () => {
    const report = await write('mutation($seed: JSON!) { importSeed(seed: $seed, format: CYTOSCAPE) { ok } }', {
      seed: JSON.parse(cytoscapeFile) as unknown,
    });
    expect(report.errors).toBeUndefined();
    const before = await nodes();
    const laidOut = await waitFor((list) => list.length > 0 && list.every((n) => n.layout !== null), 'a layout of every entity');
    const file = JSON.parse(cytoscapeFile) as {
      elements: { data: { id: string; source?: string }; position?: { x: number; y: number } }[];
    };
    const filePositions = new Map(file.elements.filter((e) => e.data.source === undefined).map((e) => [e.data.id, e.position ?? null]));
    expect([...filePositions.values()].filter((p) => p !== null).length).toBeGreaterThan(0);
    for (const node of laidOut) {
      expect(node.position).toEqual(filePositions.get(node.id));
      expect(Object.keys(node.properties).filter((key) => key.startsWith('_'))).toEqual([]);
      expect(Number.isFinite(node.layout!.x) && Number.isFinite(node.layout!.y)).toBe(true);
    }
    // Only `layout` changed.
    expect(laidOut.map(({ layout: _, ...rest }) => rest)).toEqual(before.map(({ layout: _, ...rest }) => rest));
    // Laid out, not piled up: no two entities share a spot.
    expect(new Set(laidOut.map((n) => `${n.layout!.x},${n.layout!.y}`)).size).toBe(laidOut.length);
  });

  it('lays the graph out again after an edit adds an entity', async () => {
    const runs = job.runs;
    const added = await write('mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', {
      input: { id: 'layout-newcomer', type: 'Person', name: 'Layout Newcomer' },
    });
    expect(added.errors).toBeUndefined();
    const relation = await write('mutation($input: RelationInput!) { upsertRelation(input: $input) { id } }', {
      input: { from: 'layout-newcomer', type: 'KNOWS', to: 'hanoi' },
    });
    expect(relation.errors).toBeUndefined();
    const after = await waitFor((list) => list.some((n) => n.id === 'layout-newcomer' && n.layout !== null), 'the new entity laid out');
    expect(after.every((n) => n.layout !== null)).toBe(true);
    expect(job.runs).toBeGreaterThan(runs);
    expect(job.last?.unchanged).toBe(false);
  });

  it('computes nothing when the graph has not changed since the stored layout', async () => {
    await job.idle();
    const stored = await nodes();
    const report = await job.run();
    expect(report).toMatchObject({ unchanged: true, entities: stored.length });
    expect(await nodes()).toEqual(stored);
  });

  it('leaves every export as it was', async () => {
    await resetDatabase(t.executor);
    // Loaded beside the API: nothing tells the job, so the exports are taken before any layout.
    await loadArticleSeed(t.executor);
    const before = await Promise.all(EXPORT_FORMATS.map((format) => exportText(t.executor, format)));
    expect((await nodes()).every((n) => n.layout === null)).toBe(true);
    const report = await job.run();
    expect(report?.unchanged).toBe(false);
    expect((await nodes()).every((n) => n.layout !== null)).toBe(true);
    expect(await Promise.all(EXPORT_FORMATS.map((format) => exportText(t.executor, format)))).toEqual(before);
  });

  it('runs one at a time: changes during a run make exactly one more run after it', async () => {
    let computes = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated = new LayoutJob({
      executor: t.executor,
      logger: pino({ level: 'silent' }),
      debounceMs: 10,
      // The real computation, held until the test lets it go.
      compute: (graph) => {
        computes++;
        return { result: gate.then(() => computeLayout(graph)), cancel: () => {} };
      },
    });
    const until = async (done: () => boolean) => {
      const deadline = Date.now() + 30_000;
      while (!done()) {
        if (Date.now() > deadline) throw new Error('timed out');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    gated.schedule();
    await until(() => computes === 1);
    for (let i = 0; i < 3; i++) gated.schedule();
    await until(() => !gated.pending);
    expect(computes).toBe(1);
    release();
    await gated.idle();
    expect({ computes, runs: gated.runs }).toEqual({ computes: 2, runs: 2 });
    gated.stop();
  });
});
