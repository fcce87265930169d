// Issue 12's "32 concurrent clients, 1-hop": the REAL server process (server/main.ts, as in
// load.bench.ts) under 32 client loops asking 1-hop neighbourhoods of random entities, beside the
// same 32 loops sending the same Cypher statement through the bare driver (executeQuery, READ).
// `npm run bench -- tests/bench/concurrent.bench.ts`. Env: CONCURRENT_BENCH_SECONDS (20),
// CONCURRENT_BENCH_CLIENTS (32), CONCURRENT_BENCH_WARMUP_SECONDS (5), CONCURRENT_BENCH_LOAD (http | fetch),
// CONCURRENT_BENCH_PREWARM_SECONDS (10: Neo4j warmed by the driver before both windows; 0: not).
import { afterAll, bench, describe, inject } from 'vitest';
import { createDriver } from '../../server/db/driver';
import { Executor } from '../../server/db/executor';
import { EDGE_CAPS } from '../../server/graphql/limits';
import { neighborhoodQuery } from '../../server/queries/read/neighborhood';
import { ensureClientBuilt } from '../../server/http/client-build';
import { ENTITIES, ensureGraph20k, entityId, PREFIX, RELATIONS } from './graph-20k';
import { runLoadProcess } from './load/load-process';
import { percentile, runLoad } from './load/run-load';
import { processCpuMs } from './load/process-cpu';
import { untilQuiet } from './load/quiet-process';
import { formatShares, neo4jPid, startCpuShares } from './load/cpu-shares';
import { startServerProcess } from './load/server-process';
import { seededRandom } from './load/workload';
import { formatComparison, writeComparison, type ComparisonRow } from './results';

const SECONDS = Number(process.env.CONCURRENT_BENCH_SECONDS ?? 20);
const CLIENTS = Number(process.env.CONCURRENT_BENCH_CLIENTS ?? 32);
const WARMUP_SECONDS = Number(process.env.CONCURRENT_BENCH_WARMUP_SECONDS ?? 5);
const LOAD = process.env.CONCURRENT_BENCH_LOAD ?? 'http';
// Neo4j warmed first by the bare driver's loops (the same Cypher), so that neither window pays a fresh
// JVM's warm-up: without it the project's window, which runs first, did (Neo4j 1.80 vs 0.77 ms of CPU per request).
const PREWARM_SECONDS = Number(process.env.CONCURRENT_BENCH_PREWARM_SECONDS ?? 10);
if (LOAD !== 'http' && LOAD !== 'fetch') throw new Error(`CONCURRENT_BENCH_LOAD: "${LOAD}" is neither http nor fetch`);
const API_TOKEN = 'concurrent-bench-token-0123456789';
const NODE = 'id type name aliases description properties degree sources { id }';
const EDGE = 'id type from { id name type } to { id name type } properties evidence { quote source { id title } }';
const ONE_HOP = `query($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { ${NODE} } edges { ${EDGE} } truncated } }`;

const neo4j = { uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') };
const driver = createDriver(neo4j);
await ensureGraph20k(driver, new Executor(driver, { timeoutMs: 10 * 60_000 }));
await ensureClientBuilt(() => {});
const server = await startServerProcess({ neo4jUri: neo4j.uri, neo4jUser: neo4j.user, neo4jPassword: neo4j.password, apiToken: API_TOKEN });
afterAll(async () => {
  await server.stop();
  await driver.close();
});

/** The bare driver under the same loops: `clients` loops, warm-up, then a window; req/s, p99, errors. */
async function driverLoad(clients: number, warmupMs: number, durationMs: number) {
  const latencies: number[] = [];
  let errors = 0;
  let started = 0;
  let warmupStarted = 0;
  const begin = performance.now();
  const windowStart = begin + warmupMs;
  const windowEnd = windowStart + durationMs;
  let lastEnd = windowStart;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      const random = seededRandom(100 + client);
      while (performance.now() < windowEnd) {
        const { cypher, params } = neighborhoodQuery({
          id: entityId(random(ENTITIES)),
          depth: 1,
          types: null,
          relationTypes: null,
          limit: 200, // the schema's default `limit`, as the GraphQL request gets
          edgeLimit: EDGE_CAPS.neighborhood,
        });
        const at = performance.now();
        const counted = at >= windowStart;
        try {
          await driver.executeQuery(cypher, params, { routing: 'READ' });
          if (counted) latencies.push(performance.now() - at);
        } catch {
          if (counted) errors += 1;
        }
        if (!counted) warmupStarted += 1;
        if (counted) {
          started += 1;
          lastEnd = Math.max(lastEnd, performance.now());
        }
      }
    }),
  );
  const sorted = latencies.sort((a, b) => a - b);
  return {
    /** Requests started, warm-up included (for CPU per request). */
    requests: started + warmupStarted,
    requestsPerSecond: (started / (lastEnd - windowStart)) * 1000,
    p99: percentile(sorted, 0.99),
    p50: percentile(sorted, 0.5),
    errors,
  };
}

/**
 * The project's side: by default a lean node:http load generator in a process of its own
 * (load/load-process.ts); CONCURRENT_BENCH_LOAD=fetch runs the earlier in-process fetch loops.
 */
async function projectLoad() {
  const common = {
    url: server.url,
    clients: CLIENTS,
    warmupMs: WARMUP_SECONDS * 1000,
    durationMs: SECONDS * 1000,
    requestTimeoutMs: 30_000,
    seed: 100,
  };
  if (LOAD === 'http') {
    const { result, cpuMs } = await runLoadProcess({ ...common, prefix: PREFIX, entities: ENTITIES });
    return { result, loadCpuMs: cpuMs };
  }
  const result = await runLoad({
    ...common,
    operations: [{ name: '1-hop', request: (random) => ({ query: ONE_HOP, variables: { id: entityId(random(ENTITIES)) } }) }],
    sample: () => null,
    sampleEveryMs: 1000,
  });
  return { result, loadCpuMs: null };
}

describe('concurrent', () => {
  bench(
    `${CLIENTS} clients, 1-hop, ${ENTITIES} entities / ${RELATIONS} relations`,
    async () => {
      const jvm = neo4jPid(neo4j.uri);
      // Neo4j settled first (a graph just loaded is still being checkpointed): load/quiet-process.ts.
      const settleMs = await untilQuiet(jvm);
      if (PREWARM_SECONDS > 0) await driverLoad(CLIENTS, 0, PREWARM_SECONDS * 1000);
      const serverCpuStart = processCpuMs(server.pid);
      const projectShares = startCpuShares({ server: server.pid, neo4j: jvm });
      const { result, loadCpuMs } = await projectLoad();
      // Node CPU per request (warm-up included): the server process's, and this process's under the bare driver's loops.
      const serverCpuMs = (processCpuMs(server.pid) - serverCpuStart) / (result.warmup.requests + result.overall.requests);
      const projectCpu = projectShares.perRequest(result.warmup.requests + result.overall.requests);
      // The load generator's own CPU: its process's under LOAD=http, this one's under LOAD=fetch.
      if (loadCpuMs !== null) projectCpu.bench = Math.round((loadCpuMs / (result.warmup.requests + result.overall.requests)) * 100) / 100;
      const driverCpuStart = process.cpuUsage();
      const driverShares = startCpuShares({ server: null, neo4j: jvm });
      const bare = await driverLoad(CLIENTS, WARMUP_SECONDS * 1000, SECONDS * 1000);
      const driverSharesCpu = driverShares.perRequest(bare.requests);
      const driverCpu = process.cpuUsage(driverCpuStart);
      const driverCpuMs = (driverCpu.user + driverCpu.system) / 1000 / bare.requests;
      const cpuNote = `Node CPU per request: server ${serverCpuMs.toFixed(2)} ms, bare driver ${driverCpuMs.toFixed(2)} ms`;
      const sharesNote = `CPU per request of all processes: project ${formatShares(projectCpu)}; bare driver ${formatShares(driverSharesCpu, 'driver loops')}`;
      const note = `${SECONDS} s each, load generator: ${LOAD === 'http' ? 'node:http in its own process' : 'fetch in the bench process'}; errors: project ${result.overall.errors}, driver ${bare.errors}; Neo4j quiet after ${Math.round(settleMs / 100) / 10} s, then warmed ${PREWARM_SECONDS} s by the driver; ${cpuNote}; ${sharesNote}`;
      const rows: ComparisonRow[] = [
        {
          measure: `${CLIENTS} concurrent clients, 1-hop: throughput`,
          unit: 'req/s',
          project: { p50: result.requestsPerSecond, p99: null },
          baselineName: 'bare driver executeQuery',
          baseline: { p50: bare.requestsPerSecond, p99: null },
          goal: '≥ 800 req/s, 0 errors',
          note,
        },
        {
          measure: `${CLIENTS} concurrent clients, 1-hop: latency`,
          unit: 'ms',
          project: { p50: result.overall.p50Ms, p99: result.overall.p99Ms },
          baselineName: 'bare driver executeQuery',
          baseline: { p50: bare.p50, p99: bare.p99 },
          goal: 'p99 ≤ 100 ms',
          note,
        },
      ];
      writeComparison('concurrent', rows, {
        clients: CLIENTS,
        seconds: SECONDS,
        errorKinds: result.errorKinds,
        serverCpuMs,
        driverCpuMs,
        projectCpu,
        driverSharesCpu,
      });
      console.log(`\n${formatComparison(rows)}\n`);
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
