// Issue 12's server rows: Jejaring beside its baselines on the 20k/100k graph, in one run.
// - seed load: importSeed (the CLI's code path) vs a bare UNWIND … CREATE of the same data;
// - reads through app.fetch() vs the SAME Cypher statement (captured from the request) through the
//   bare driver's executeQuery with routing READ: the API's overhead;
// - 1-hop and 2-hop vs the peer @neo4j/graphql 7 (peer/neo4j-graphql.ts) on the same Neo4j.
// Requests are sent one at a time, project and baseline alternating on the same inputs.
// `npm run bench -- tests/bench/baselines.bench.ts`; BASELINE_BENCH_LOADS=0 skips the two loads.
import { afterAll, bench, describe, expect } from 'vitest';
import { OverviewDocument } from '../../client/src/generated';
import type { Query } from '../../server/db/executor';
import { ensureSchema } from '../../server/db/schema-setup';
import { importSeed } from '../../server/import/index';
import { generateSeed } from '../fixtures/generate-seed';
import { createTestApp } from '../helpers/test-app';
import { bareLoad } from './bare-load';
import { emptyDatabase } from './empty-database';
import { biggestHubs, ENTITIES, ensureGraph20k, entityId, PREFIX, RELATIONS } from './graph-20k';
import { percentile } from './load/run-load';
import { seededRandom } from './load/workload';
import { createPeerApp, PEER_ONE_HOP, PEER_TWO_HOP } from './peer/neo4j-graphql';
import { formatComparison, writeComparison, type ComparisonRow, type Figure } from './results';

const SAMPLES = Number(process.env.BASELINE_BENCH_SAMPLES ?? 200);
const LOADS = process.env.BASELINE_BENCH_LOADS !== '0';

let captured: Query[] = [];
const t = await createTestApp({ onQuery: (query) => captured.push(query) });
afterAll(() => t.close());

const rows: ComparisonRow[] = [];

// Seed load: bare first, then the project's loader, which leaves the graph for the reads.
if (LOADS) {
  const seed = generateSeed(RELATIONS, PREFIX);
  await emptyDatabase(t.driver);
  await ensureSchema(t.executor);
  const bareStarted = performance.now();
  await bareLoad(t.driver, seed);
  const bareSeconds = (performance.now() - bareStarted) / 1000;
  console.log(`bare UNWIND … CREATE load: ${bareSeconds.toFixed(1)} s`);
  await emptyDatabase(t.driver);
  await ensureSchema(t.executor);
  const started = performance.now();
  const report = await importSeed(t.executor, seed);
  const seconds = (performance.now() - started) / 1000;
  console.log(`project load (importSeed): ${seconds.toFixed(1)} s`);
  if (!report.ok) throw new Error(`seed did not load: ${JSON.stringify(report.errors.slice(0, 3))}`);
  rows.push({
    measure: `seed load, ${ENTITIES / 1000}k entities / ${RELATIONS / 1000}k relations`,
    unit: 's',
    project: { p50: seconds, p99: null },
    baselineName: 'bare UNWIND … CREATE',
    baseline: { p50: bareSeconds, p99: null },
    goal: 'baseline ÷ project ≥ 0.7 (ratio ≤ 1.43×)',
    note: '1 run each',
  });
} else {
  await ensureGraph20k(t.driver, t.executor);
}

const peer = await createPeerApp(t.driver);
const random = seededRandom(21);
const randomIds = Array.from({ length: SAMPLES }, () => entityId(random(ENTITIES)));
const hubs = await biggestHubs(t.driver, 50);
const hubIds = Array.from({ length: SAMPLES }, (_, i) => hubs[i % hubs.length] ?? entityId(0));

function figure(times: number[]): Figure {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function project(query: string, variables: Record<string, unknown>) {
  const body = await t.graphql(query, variables);
  if (body.errors) throw new Error(`project: ${JSON.stringify(body.errors[0])}`);
}

/** The project's request, and the same Cypher (captured on a first, untimed request) through the bare driver. */
async function againstDriver(measure: string, query: string, variablesList: Record<string, unknown>[], goal?: string) {
  const statements: Query[] = [];
  for (const variables of variablesList) {
    captured = [];
    await project(query, variables);
    expect(captured).toHaveLength(1); // one Cypher statement per request
    statements.push(captured[0] as Query);
  }
  const mine: number[] = [];
  const bare: number[] = [];
  for (const [i, variables] of variablesList.entries()) {
    const { cypher, params } = statements[i] as Query;
    mine.push(await timed(() => project(query, variables)));
    bare.push(await timed(() => t.driver.executeQuery(cypher, params, { routing: 'READ' })));
  }
  rows.push({
    measure,
    unit: 'ms',
    project: figure(mine),
    baselineName: 'bare driver executeQuery',
    baseline: figure(bare),
    goal,
    note: `${variablesList.length} requests`,
  });
}

async function againstPeer(measure: string, query: string, peerQuery: string, ids: string[], goal?: string) {
  for (const id of ids.slice(0, 10)) {
    await project(query, { id });
    const answer = await peer(peerQuery, { id });
    if (answer.errors || answer.data?.entities.length !== 1) throw new Error(`peer: ${JSON.stringify(answer).slice(0, 300)}`);
  }
  const mine: number[] = [];
  const theirs: number[] = [];
  for (const id of ids) {
    mine.push(await timed(() => project(query, { id })));
    theirs.push(await timed(() => peer(peerQuery, { id })));
  }
  rows.push({
    measure,
    unit: 'ms',
    project: figure(mine),
    baselineName: 'peer @neo4j/graphql 7',
    baseline: figure(theirs),
    goal,
    note: `${ids.length} requests`,
  });
}

const NODE = 'id type name aliases description properties degree sources { id }';
const EDGE = 'id type from { id name type } to { id name type } properties evidence { quote source { id title } }';
const SUBGRAPH = `nodes { ${NODE} } edges { ${EDGE} } truncated`;
const SEARCH = 'query($q: String!) { search(query: $q) { score matched entity { id name type } } }';
// What the peer answers: neighbours with id, name and type (and which relation links them).
const PEER_EQUIVALENT = (depth: number) =>
  `query($id: ID!) { neighborhood(id: $id, depth: ${depth}) { nodes { id name type } edges { type from { id } to { id } } } }`;

describe('baselines', () => {
  bench(
    `project vs baselines, ${ENTITIES} entities / ${RELATIONS} relations`,
    async () => {
      const oneHop = `query($id: ID!) { neighborhood(id: $id, depth: 1) { ${SUBGRAPH} } }`;
      await againstDriver(
        '1-hop neighborhood, random entities',
        oneHop,
        randomIds.map((id) => ({ id })),
        'p50 ≤ 2× driver, p99 ≤ 15 ms',
      );
      await againstDriver(
        '1-hop neighborhood, 50 biggest hubs',
        oneHop,
        hubIds.map((id) => ({ id })),
        'p99 ≤ 30 ms',
      );
      const searchRandom = seededRandom(5);
      await againstDriver(
        'search, a whole name',
        SEARCH,
        randomIds.map(() => ({ q: `${PREFIX} Entity ${searchRandom(ENTITIES)}` })),
        'p99 ≤ 25 ms',
      );
      await againstDriver(
        'search, a prefix ("entity 12")',
        SEARCH,
        randomIds.map(() => ({ q: `entity ${String(searchRandom(ENTITIES)).slice(0, 2)}` })),
        'p99 ≤ 25 ms',
      );
      await againstDriver(
        'graph(limit: 5000)',
        `{ graph(limit: 5000) { ${SUBGRAPH} } }`,
        Array.from({ length: 10 }, () => ({})),
        '≤ 400 ms',
      );
      // S2-H1: the explorer's own first request, its document as the client sends it.
      await againstDriver(
        "graph(limit: 5000), the explorer's Overview document",
        OverviewDocument.toString(),
        Array.from({ length: 10 }, () => ({ limit: 5000 })),
        '≤ 400 ms',
      );
      await againstPeer(
        '1-hop, random entities (peer-equivalent fields)',
        PEER_EQUIVALENT(1),
        PEER_ONE_HOP,
        randomIds,
        'faster than the peer',
      );
      await againstPeer(
        '1-hop, 50 biggest hubs (peer-equivalent fields)',
        PEER_EQUIVALENT(1),
        PEER_ONE_HOP,
        hubIds,
        'faster than the peer',
      );
      await againstPeer(
        '2-hop, random entities (peer-equivalent fields)',
        PEER_EQUIVALENT(2),
        PEER_TWO_HOP,
        randomIds.slice(0, 50),
        'keep the lead',
      );
      writeComparison('baselines', rows, { samples: SAMPLES });
      console.log(`\n${formatComparison(rows)}\n`);
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
