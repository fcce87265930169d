// Where the time of a 1-hop `neighborhood` request goes, on the 20k/100k graph, by subtraction:
// each step adds one layer to the one before, on the same random entities, one request at a time.
// `npm run bench -- tests/bench/one-hop-profile.bench.ts` (the table is in docs/benchmarks.md).
import { execute, parse, validate, type DocumentNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { afterAll, bench, describe } from 'vitest';
import { toPlainMap } from '../../server/db/convert';
import { costEstimator } from '../../server/graphql/cost';
import { EDGE_CAPS } from '../../server/graphql/limits';
import { buildSchema } from '../../server/graphql/schema';
import { neighborhoodQuery } from '../../server/queries/read/neighborhood';
import { toSubgraph } from '../../server/queries/read/payloads';
import { createTestApp } from '../helpers/test-app';
import { ENTITIES, ensureGraph20k, entityId } from './graph-20k';
import { percentile } from './load/run-load';
import { seededRandom } from './load/workload';
import { formatTable, loadAverage, writeBenchResult } from './results';

const SAMPLES = Number(process.env.PROFILE_BENCH_SAMPLES ?? 200);
const NODE = 'id type name aliases description properties degree sources { id }';
const EDGE = 'id type from { id name type } to { id name type } properties evidence { quote source { id title } }';
export const ONE_HOP = `query($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { ${NODE} } edges { ${EDGE} } truncated } }`;

const t = await createTestApp();
await ensureGraph20k(t.driver, t.executor);
afterAll(() => t.close());

const random = seededRandom(12);
const ids = Array.from({ length: SAMPLES }, () => entityId(random(ENTITIES)));
// limit 200: the schema's default, what the GraphQL request below sends.
const queryOf = (id: string) =>
  neighborhoodQuery({ id, depth: 1, types: null, relationTypes: null, limit: 200, edgeLimit: EDGE_CAPS.neighborhood });
const schema = buildSchema();
const estimator = costEstimator(schema);
const parsed: DocumentNode = parse(ONE_HOP);
const post = (query: string, variables: Record<string, unknown>) =>
  t.app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });

interface Step {
  name: string;
  /** What this step adds to the one before. */
  adds: string;
  run: (id: string) => Promise<unknown>;
}

const steps: Step[] = [
  {
    name: 'driver: RETURN 1',
    adds: 'a round trip through the driver (pool, BEGIN/RUN/PULL/COMMIT) with nothing to do',
    run: () => t.driver.executeQuery('RETURN 1 AS one', {}, { routing: 'READ' }),
  },
  {
    name: 'driver: the 1-hop Cypher',
    adds: 'Neo4j planning (cached) and running the statement, and the driver decoding its answer',
    run: (id) => {
      const { cypher, params } = queryOf(id);
      return t.driver.executeQuery(cypher, params, { routing: 'READ' });
    },
  },
  {
    name: 'Neo4j alone (its summary)',
    adds: "resultAvailableAfter + resultConsumedAfter of the 1-hop Cypher: Neo4j's own time, no network",
    run: async (id) => {
      const { cypher, params } = queryOf(id);
      const { summary } = await t.driver.executeQuery(cypher, params, { routing: 'READ' });
      return summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber();
    },
  },
  {
    name: 'driver: the same, auto-commit',
    adds: '(instead of the line above) session.run: no BEGIN/COMMIT, one round trip less',
    run: async (id) => {
      const { cypher, params } = queryOf(id);
      const session = t.driver.session({ defaultAccessMode: 'READ' });
      try {
        return (await session.run(cypher, params)).records;
      } finally {
        await session.close();
      }
    },
  },
  {
    name: 'executor.read',
    adds: "the project's executor: session, managed transaction, deadline, conversion to plain values",
    run: (id) => t.executor.read(queryOf(id)),
  },
  {
    name: '+ toSubgraph',
    adds: 'models from the plain rows (entities, relations, evidence, sources)',
    run: async (id) => toSubgraph((await t.executor.read(queryOf(id)))[0]),
  },
  {
    name: 'graphql execute 1-hop',
    adds: 'graphql-js executing the document (resolvers, default field resolvers), no yoga, no plugins',
    run: async (id) =>
      execute({
        schema,
        document: parsed,
        variableValues: { id },
        contextValue: { executor: t.executor, logger: undefined, canWrite: false },
      }),
  },
  {
    name: 'app.fetch { __typename }',
    adds: '(alone) HTTP Request/Response, yoga, parse/validate cache, armor, cost, limits: a request with no resolver work',
    run: async () => (await post('{ __typename }', {})).text(),
  },
  {
    name: 'app.fetch 1-hop',
    adds: 'the whole request',
    run: async (id) => (await post(ONE_HOP, { id })).text(),
  },
];

const cpuSteps: Step[] = [
  { name: 'parse 1-hop document', adds: 'graphql parse (yoga caches it per document)', run: async () => parse(ONE_HOP) },
  { name: 'validate 1-hop document', adds: 'graphql validate (yoga caches it per document)', run: async () => validate(schema, parsed) },
  {
    name: 'cost of the 1-hop document',
    adds: 'cost.ts: getComplexity, per request (depends on the variables)',
    run: async (id) => getComplexity({ schema, query: parsed, variables: { id }, estimators: [estimator] }),
  },
  {
    name: 'JSON.stringify of a 1-hop answer',
    adds: 'serialisation of a typical answer',
    run: async (id) => {
      const answer: unknown = await (await post(ONE_HOP, { id })).json();
      const started = performance.now();
      JSON.stringify(answer);
      return performance.now() - started;
    },
  },
  {
    name: 'toPlainMap of one row',
    adds: 'converting the Neo4j values of one answer',
    run: async (id) => {
      const { cypher, params } = queryOf(id);
      const { records } = await t.driver.executeQuery(cypher, params, { routing: 'READ' });
      const started = performance.now();
      records.map((record) => toPlainMap(record.toObject()));
      return performance.now() - started;
    },
  },
];

/** Steps that time only their own part return that time; the others are timed whole. */
const SELF_TIMED = new Set(['Neo4j alone (its summary)', 'JSON.stringify of a 1-hop answer', 'toPlainMap of one row']);

/** Every step on each entity in turn, so that a busy moment of a shared machine hits all of them alike. */
// Wall time on a shared machine is mostly waiting for a core; the CPU time this process spends
// (process.cpuUsage: the driver's socket work included, Neo4j's not) says what each layer costs.
async function measureAll(all: Step[]): Promise<Map<Step, { wall: number[]; cpu: number[] }>> {
  for (const id of ids.slice(0, 20)) for (const step of all) await step.run(id); // warm-up: plans, JIT, pool
  const times = new Map(all.map((step) => [step, { wall: [] as number[], cpu: [] as number[] }]));
  for (const id of ids) {
    for (const step of all) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const value = await step.run(id);
      const cpu = process.cpuUsage(cpuStarted);
      const own = SELF_TIMED.has(step.name) ? (value as number) : undefined;
      times.get(step)?.wall.push(own ?? performance.now() - started);
      times.get(step)?.cpu.push(own ?? (cpu.user + cpu.system) / 1000);
    }
  }
  return times;
}

function summarize(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    p50: round(percentile(sorted, 0.5)),
    mean: round(times.reduce((a, b) => a + b, 0) / times.length),
    p99: round(percentile(sorted, 0.99)),
  };
}

describe('profile', () => {
  bench(
    `where a 1-hop neighborhood request's time goes (${SAMPLES} random entities of ${ENTITIES})`,
    async () => {
      const loadStart = loadAverage();
      const times = await measureAll([...steps, ...cpuSteps]);
      const rows = [...times].map(([step, { wall, cpu }]) => ({
        step: step.name,
        adds: step.adds,
        ...summarize(wall),
        cpuMean: summarize(cpu).mean,
      }));
      const path = writeBenchResult('one-hop-profile', { samples: SAMPLES, loadAverage: { start: loadStart, end: loadAverage() }, rows });
      console.log(
        [
          '',
          formatTable(
            ['step', 'p50 ms', 'mean ms', 'p99 ms', 'node CPU ms (mean)', 'adds'],
            rows.map((row) => [row.step, row.p50, row.mean, row.p99, row.cpuMean, row.adds]),
          ),
          `load average: start ${loadStart.join(' ')}, end ${loadAverage().join(' ')}; results: ${path}`,
          '',
        ].join('\n'),
      );
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
