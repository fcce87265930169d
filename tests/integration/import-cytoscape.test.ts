// Cytoscape files from other tools through the API (importSeed with format CYTOSCAPE, over
// app.fetch), compared with the graph each fixture should import as; and the explorer's own
// Cytoscape export, re-imported, changes nothing (issue 10, points 1 and 3).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import { exportCytoscape, importSeed } from '../../server/import/index';
import type { SeedFile } from '../../server/import/types';
import { fingerprint } from '../fixtures/fingerprint';
import { readArticleSeed } from '../helpers/load-seed';
import { createTestApp, resetDatabase, TEST_TOKEN, type TestApp } from '../helpers/test-app';
import { storedGraph, sortedSeed } from '../helpers/stored-graph';

const FORMATS = 'tests/fixtures/formats';
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const second = () => readJson('tests/fixtures/seeds/second-source.json') as SeedFile;

const IMPORT = `mutation ($seed: JSON!, $dryRun: Boolean, $typeFrom: String, $defaultType: String) {
  importSeed(seed: $seed, format: CYTOSCAPE, dryRun: $dryRun, typeFrom: $typeFrom, defaultType: $defaultType) {
    ok entitiesCreated entitiesUpdated relationsCreated relationsUpdated sourcesCreated notes errors { path message }
  }
}`;

interface Report {
  ok: boolean;
  entitiesCreated: number;
  entitiesUpdated: number;
  relationsCreated: number;
  relationsUpdated: number;
  sourcesCreated: number;
  notes: string[];
  errors: { path: string; message: string }[];
}

describe('Cytoscape files through the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureSchema(t.executor);
  });
  afterAll(() => t.close());

  const importCytoscape = async (seed: unknown, variables: Record<string, unknown> = {}) => {
    const body = await t.graphql<{ importSeed: Report }>(IMPORT, { seed, ...variables }, TEST_TOKEN);
    expect(body.errors).toBeUndefined();
    return body.data!.importSeed;
  };

  it.each([
    [
      'a Cytoscape desktop .cyjs',
      'cytoscape-desktop/konteks-putin-pyongyang.cyjs',
      'cytoscape-desktop/konteks-putin-pyongyang.expected.json',
    ],
    ['a bare element array', 'cytoscape-js-elements/konteks-elements.json', 'cytoscape-js-elements/konteks-elements.expected.json'],
    ['a cy.json() object', 'cytoscape-js-cy-json/konteks-cy.json', 'cytoscape-js-cy-json/konteks-cy.expected.json'],
  ])('imports %s as its expected graph', async (_name, file, expectedFile) => {
    await resetDatabase(t.executor);
    const expected = readJson(`${FORMATS}/${expectedFile}`) as SeedFile;
    const report = await importCytoscape(readJson(`${FORMATS}/${file}`));
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ ok: true, entitiesCreated: expected.entities!.length, relationsCreated: expected.relations!.length });
    expect(await storedGraph(t.executor)).toEqual(sortedSeed(expected));
  });

  it('reports the mapping of a desktop export: interaction, default type, merged parallel edges, dropped bookkeeping', async () => {
    await resetDatabase(t.executor);
    const report = await importCytoscape(readJson(`${FORMATS}/cytoscape-desktop/konteks-putin-pyongyang.cyjs`), { dryRun: true });
    expect(report.ok).toBe(true);
    expect(report.notes).toEqual(
      expect.arrayContaining([
        'mapped: interaction → relation type (19 edges)',
        'default entity type "Node" (15 nodes)',
        'merged: parallel edges (same source, type and target) into one relation (2 edges)',
        'list-valued names: the first item is the name, the rest aliases (2 nodes)',
        'dropped: shared_name, SUID, selected, edge name, shared_interaction',
      ]),
    );
  });

  it("keeps the desktop file's node positions: stored, answered as Entity.position, and a re-import changes nothing", async () => {
    await resetDatabase(t.executor);
    const doc = readJson(`${FORMATS}/cytoscape-desktop/konteks-putin-pyongyang.cyjs`) as {
      elements: { nodes: { data: { name: unknown }; position: { x: number; y: number } }[] };
    };
    expect((await importCytoscape(doc)).errors).toEqual([]);
    // Node 0 is Vladimir Putin (slug id); every node's position comes back as the file has it.
    const body = await t.graphql<{ graph: { nodes: { id: string; name: string; position: { x: number; y: number } | null }[] } }>(
      '{ graph(limit: 100) { nodes { id name position { x y } } } }',
    );
    expect(body.errors).toBeUndefined();
    const byName = new Map(body.data!.graph.nodes.map((node) => [node.name, node.position]));
    const firstName = (name: unknown) => String(Array.isArray(name) ? name[0] : name);
    expect(byName.size).toBe(doc.elements.nodes.length);
    for (const node of doc.elements.nodes) expect(byName.get(firstName(node.data.name))).toEqual(node.position);
    const one = await t.graphql<{ entity: { position: unknown } }>('{ entity(id: "vladimir-putin") { position { x y } } }');
    expect(one.data!.entity.position).toEqual(doc.elements.nodes[0]!.position);
    // Positions are internal, not user properties.
    expect((await storedGraph(t.executor)).entities!.every((entity) => !('_x' in (entity.properties ?? {})))).toBe(true);

    const again = await importCytoscape(doc, { dryRun: true });
    expect(again).toMatchObject({ ok: true, entitiesCreated: 0, entitiesUpdated: 0, relationsCreated: 0, relationsUpdated: 0 });
    // Jejaring's own Cytoscape export writes them back.
    const exported = await exportCytoscape(t.executor);
    const putin = exported.elements.nodes.find((node) => node.data.id === 'vladimir-putin');
    expect(putin?.position).toEqual(doc.elements.nodes[0]!.position);
  });

  it('takes the entity type from a column, and a renamed default for the rest', async () => {
    await resetDatabase(t.executor);
    const doc = readJson(`${FORMATS}/cytoscape-desktop/konteks-putin-pyongyang.cyjs`) as {
      elements: { nodes: { data: Record<string, unknown> }[] };
    };
    doc.elements.nodes[0]!.data.category = null;
    const report = await importCytoscape(doc, { typeFrom: 'category', defaultType: 'Thing' });
    expect(report.errors).toEqual([]);
    expect(report.notes).toEqual(
      expect.arrayContaining(['mapped: category → entity type (14 nodes)', 'default entity type "Thing" (1 node)']),
    );
    const rows = await t.executor.read({
      cypher: 'MATCH (e:Entity) RETURN e.id AS id, e.type AS type, e.category AS category ORDER BY id',
      params: {},
    });
    expect(rows.find((row) => row.id === 'vladimir-putin')).toEqual({ id: 'vladimir-putin', type: 'Thing', category: null });
    expect(rows.find((row) => row.id === 'russia')).toEqual({ id: 'russia', type: 'Country', category: null });
  });

  it('re-importing the explorer export of the article graph plus a second source changes nothing', async () => {
    await resetDatabase(t.executor);
    for (const seed of [readArticleSeed(), second()]) expect((await importSeed(t.executor, seed)).errors).toEqual([]);
    // Entities and relations without evidence: a Cytoscape file (no sources) and a manual edit.
    const desktop = readJson(`${FORMATS}/cytoscape-desktop/konteks-putin-pyongyang.cyjs`);
    expect((await importCytoscape(desktop, { typeFrom: 'category' })).errors).toEqual([]);
    const edit = await t.graphql(
      'mutation { upsertEntity(input: {id: "sergei-shoigu", type: "Person", name: "Sergei Shoigu"}) { id } }',
      {},
      TEST_TOKEN,
    );
    expect(edit.errors).toBeUndefined();
    const original = await fingerprint(t.executor);
    const exported = JSON.parse(JSON.stringify(await exportCytoscape(t.executor))) as unknown;
    const report = await importCytoscape(exported, { dryRun: true });
    expect(report).toMatchObject({
      ok: true,
      entitiesCreated: 0,
      entitiesUpdated: 0,
      relationsCreated: 0,
      relationsUpdated: 0,
      sourcesCreated: 0,
    });
    // And into an empty database it gives back the same graph, mentions included.
    await resetDatabase(t.executor);
    expect((await importCytoscape(exported)).errors).toEqual([]);
    expect(await fingerprint(t.executor)).toBe(original);
  });
});
