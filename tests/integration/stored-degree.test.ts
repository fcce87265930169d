// Issue 12 (S3-H1): every entity stores its degree (`_degree`), and the overview picks its most
// connected entities from the range index on it. Every writer keeps the stored degree equal to the
// real one in its own transaction; the start-up migration fills it in for older data; the
// overview's answers are those of the counted degree (ties by id, filters) without counting it.
import { readFileSync } from 'node:fs';
import type { ProfiledPlan } from 'neo4j-driver';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapDatabase } from '../../server/bootstrap';
import { importSeed, deleteSource } from '../../server/import';
import type { Query } from '../../server/db/executor';
import { ARTICLE_SOURCE, createArticleTestApp } from '../helpers/load-seed';
import { TEST_TOKEN, type TestApp } from '../helpers/test-app';

const SECOND = 'test-2024-02-02-second-wire';
/** A second source: relations onto article entities, a new entity, one merged by name ("Russia"). */
const secondSeed = (relations: [string, string, string][], entities = ['lavrov']) => ({
  version: 1,
  sources: [{ id: SECOND, title: 'Second wire', publisher: 'Test Wire', publishedAt: '2024-02-02' }],
  entities: [
    { id: 'russian-federation', type: 'Country', name: 'Russia' },
    ...entities.map((id) => ({ id, type: 'Person', name: `Person ${id}` })),
  ],
  relations: relations.map(([from, type, to]) => ({ from, type, to, evidence: [{ source: SECOND, quote: `${from} ${type} ${to}.` }] })),
});

describe('stored degree', () => {
  let t: TestApp;
  let captured: Query[] = [];
  beforeAll(async () => {
    t = await createArticleTestApp({ onQuery: (query) => captured.push(query) });
  });
  afterAll(() => t.close());

  /** Entities whose stored degree is not their number of relations with other entities (counted here). */
  async function mismatches(): Promise<{ id: string; stored: unknown; real: number }[]> {
    const { records } = await t.driver.executeQuery(
      `MATCH (e:Entity) WITH e, COUNT { (e)--(:Entity) } AS real
       WHERE e._degree IS NULL OR e._degree <> real
       RETURN e.id AS id, e._degree AS stored, real`,
    );
    return records.map((r) => ({ id: String(r.get('id')), stored: r.get('stored'), real: Number(r.get('real')) }));
  }
  const stored = async (id: string) => {
    const { records } = await t.driver.executeQuery('MATCH (e:Entity {id: $id}) RETURN e._degree AS degree', { id });
    return records[0] ? Number(records[0].get('degree')) : null;
  };
  const write = (query: string, variables: Record<string, unknown> = {}) => t.graphql(query, variables, TEST_TOKEN);

  it('the loader: every entity of a loaded seed has its degree', async () => {
    expect(await mismatches()).toEqual([]);
    expect(await stored('vladimir-putin')).toBeGreaterThan(3);
  });

  it('the loader: a second source adding relations, merging an entity by name, and its replace and delete', async () => {
    const before = await stored('russia');
    const added = await importSeed(
      t.executor,
      secondSeed([
        ['lavrov', 'REPRESENTS', 'russian-federation'],
        ['lavrov', 'MEETS', 'kim-jong-un'],
        ['lavrov', 'MEETS', 'vladimir-putin'],
        // A relation of an entity with itself counts once.
        ['lavrov', 'ADVISES', 'lavrov'],
      ]),
    );
    expect(added.errors).toEqual([]);
    expect(added.resolutions.length).toBeGreaterThan(0); // russian-federation merged into russia
    expect(await stored('russia')).toBe(Number(before) + 1);
    expect(await stored('lavrov')).toBe(4);
    expect(await mismatches()).toEqual([]);

    // Replace: three relations that only this source supported go.
    const replaced = await importSeed(t.executor, secondSeed([['lavrov', 'REPRESENTS', 'russian-federation']], ['lavrov']), {
      replace: true,
    });
    expect(replaced.errors).toEqual([]);
    expect(replaced.relationsRemoved).toBe(3);
    expect(await stored('lavrov')).toBe(1);
    expect(await mismatches()).toEqual([]);

    // deleteSource: the entity and its relation go with the source.
    const gone = await deleteSource(t.executor, SECOND);
    expect(gone.errors).toEqual([]);
    expect(await stored('lavrov')).toBeNull();
    expect(await stored('russia')).toBe(before);
    expect(await mismatches()).toEqual([]);
  });

  it('the loader: a Cytoscape file (a foreign format)', async () => {
    const file = readFileSync(new URL('../fixtures/cytoscape/explorer-flat.json', import.meta.url), 'utf8');
    const report = await importSeed(t.executor, JSON.parse(file) as unknown, { format: 'cytoscape' });
    expect(report.errors).toEqual([]);
    expect(report.relationsCreated).toBeGreaterThan(0);
    expect(await mismatches()).toEqual([]);
  });

  it('the mutations: upsertEntity, upsertRelation, deleteEntity', async () => {
    const created = await write('mutation { upsertEntity(input: {id: "choe-son-hui", type: "Person", name: "Choe Son Hui"}) { id } }');
    expect(created.errors).toBeUndefined();
    expect(await stored('choe-son-hui')).toBe(0);
    const putin = Number(await stored('vladimir-putin'));
    const related = await write(
      'mutation { upsertRelation(input: {from: "choe-son-hui", type: "MEETS", to: "vladimir-putin", evidence: [{source: "manual", quote: "They met."}]}) { id } }',
    );
    expect(related.errors).toBeUndefined();
    expect(await stored('choe-son-hui')).toBe(1);
    expect(await stored('vladimir-putin')).toBe(putin + 1);
    // The same relation again: no new relationship, the same degrees.
    await write(
      'mutation { upsertRelation(input: {from: "choe-son-hui", type: "MEETS", to: "vladimir-putin", evidence: [{source: "manual", quote: "Again."}]}) { id } }',
    );
    expect(await stored('vladimir-putin')).toBe(putin + 1);
    expect(await mismatches()).toEqual([]);
    const deleted = await write('mutation { deleteEntity(id: "choe-son-hui") }');
    expect(deleted.errors).toBeUndefined();
    expect(await stored('vladimir-putin')).toBe(putin);
    expect(await mismatches()).toEqual([]);
  });

  it('the start-up migration fills in missing and wrong degrees, and a second run changes nothing', async () => {
    await t.driver.executeQuery("MATCH (e:Entity) WHERE e.id STARTS WITH 'k' REMOVE e._degree");
    await t.driver.executeQuery("MATCH (e:Entity {id: 'vladimir-putin'}) SET e._degree = 0");
    expect((await mismatches()).length).toBeGreaterThan(2);
    const logged: unknown[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => logged.push(JSON.parse(line)) });
    await bootstrapDatabase({ executor: t.executor, logger, autoSeed: false });
    expect(await mismatches()).toEqual([]);
    expect(logged).toContainEqual(expect.objectContaining({ fixed: expect.any(Number) as number }));
    logged.length = 0;
    await bootstrapDatabase({ executor: t.executor, logger, autoSeed: false });
    expect(logged.filter((line) => Object.hasOwn(line as object, 'fixed'))).toEqual([]);
  });

  describe('the overview', () => {
    const overviewIds = async (args: string) => {
      const body = await t.graphql<{ graph: { nodes: { id: string; degree: number }[]; truncated: boolean } }>(
        `{ graph(${args}) { nodes { id degree } truncated } }`,
      );
      expect(body.errors).toBeUndefined();
      return body.data!.graph;
    };
    /** The picking as it was before the stored degree: every entity's relations counted, ties by id. */
    async function countedPick(limit: number, types: string[] | null, relationTypes: string[] | null, sources: string[] | null) {
      const { records } = await t.driver.executeQuery(
        `MATCH (n:Entity)
         WHERE ($types IS NULL OR n.type IN $types)
           AND ($sources IS NULL OR EXISTS { MATCH (s:Source)-[:MENTIONS]->(n) WHERE s.id IN $sources })
           AND ($relationTypes IS NULL OR EXISTS {
                 MATCH (n)-[r]-(m:Entity)
                 WHERE type(r) IN $relationTypes AND ($types IS NULL OR m.type IN $types)
                   AND ($sources IS NULL OR any(s IN r.sources WHERE s IN $sources)) })
         WITH n, COUNT { (n)--(:Entity) } AS degree ORDER BY degree DESC, n.id LIMIT toInteger($limit)
         RETURN n.id AS id, degree`,
        { limit, types, relationTypes, sources },
      );
      return records.map((r) => ({ id: String(r.get('id')), degree: Number(r.get('degree')) }));
    }

    const list = (values: string[] | null) => (values ? `[${values.map((v) => JSON.stringify(v)).join(', ')}]` : 'null');

    it.each([
      [20, null, null, null],
      [5, ['Person', 'Country'], null, null],
      [6, null, ['LEADS', 'AFFILIATED_WITH'], null],
      [7, null, null, [ARTICLE_SOURCE]],
    ])(
      'picks what the counted degree picks (limit %i, types %j, relation types %j, sources %j)',
      async (limit, types, relationTypes, sources) => {
        const expected = await countedPick(limit, types, relationTypes, sources);
        expect(expected.length).toBeGreaterThan(1);
        const answer = await overviewIds(
          `limit: ${limit}, types: ${list(types)}, relationTypes: ${list(relationTypes)}, sources: ${list(sources)}`,
        );
        expect(answer.nodes).toEqual(expected);
      },
    );

    it('cuts inside a group of equal degrees by id, as the counted degree did', async () => {
      const all = await countedPick(10_000, null, null, null);
      // A limit that leaves out some entities of the last picked degree.
      const cut = all.findIndex((node, i) => i >= 3 && all[i + 1]?.degree === node.degree && all[i - 1]?.degree === node.degree) + 1;
      expect(cut).toBeGreaterThan(3);
      const answer = await overviewIds(`limit: ${cut}`);
      expect(answer.nodes).toEqual(all.slice(0, cut));
      expect(answer.truncated).toBe(true);
    });

    it('reads the degree index in order: no degree counted for every entity, no full sort', async () => {
      captured = [];
      await overviewIds('limit: 10');
      expect(captured).toHaveLength(1); // one Cypher statement per request
      const { cypher, params } = captured[0]!;
      const { summary } = await t.driver.executeQuery(`PROFILE ${cypher}`, params, { routing: 'READ' });
      const operators: { type: string; details: string; rows: number }[] = [];
      const walk = (plan: ProfiledPlan) => {
        operators.push({ type: plan.operatorType.replace(/@neo4j$/, ''), details: String(plan.arguments.Details ?? ''), rows: plan.rows });
        plan.children.forEach(walk);
      };
      if (!summary.profile) throw new Error('no profile');
      walk(summary.profile);
      const entities = Number((await t.driver.executeQuery('MATCH (e:Entity) RETURN count(e) AS n')).records[0]!.get('n'));
      expect(operators).toContainEqual(
        expect.objectContaining({ type: 'NodeIndexScan', details: expect.stringContaining('_degree') as string }),
      );
      expect(operators.some((op) => op.type === 'PartialTop')).toBe(true);
      expect(operators.filter((op) => op.details.includes('getDegree'))).toEqual([]);
      expect(operators.filter((op) => op.type === 'NodeByLabelScan')).toEqual([]);
      // The index is read up to the cut and the ties at it, not every entity.
      const scanned = operators.find((op) => op.type === 'NodeIndexScan')!.rows;
      expect(scanned).toBeLessThan(entities);
    });
  });
});
