// Two checkouts of the server, same machine, same Neo4j, interleaved: each round runs 32 client
// loops of 1-hop requests against one, then the other, and reports throughput, latency and the
// server process's Node CPU per request. For before/after figures on a shared machine.
// `NEO4J_URI=bolt://… npx tsx tests/bench/load/compare-servers.ts <before-checkout> <after-checkout> [rounds]`
// The database must hold the bench graph (tests/bench/graph-20k.ts); SERVER_CPU_PROF_DIR profiles too.
import { ENTITIES, entityId } from '../graph-20k';
import { processCpuMs } from './process-cpu';
import { runLoad } from './run-load';
import { startServerProcess } from './server-process';

const [before, after, roundsArg] = process.argv.slice(2);
if (!before || !after) throw new Error('usage: compare-servers.ts <before-checkout> <after-checkout> [rounds]');
const ROUNDS = Number(roundsArg ?? 3);
const SECONDS = Number(process.env.COMPARE_SECONDS ?? 10);
const CLIENTS = Number(process.env.COMPARE_CLIENTS ?? 32);
const NODE = 'id type name aliases description properties degree sources { id }';
const EDGE = 'id type from { id name type } to { id name type } properties evidence { quote source { id title } }';
const ONE_HOP = `query($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { ${NODE} } edges { ${EDGE} } truncated } }`;

async function measure(cwd: string, round: number) {
  const server = await startServerProcess({
    cwd,
    neo4jUri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    neo4jUser: process.env.NEO4J_USER ?? 'neo4j',
    neo4jPassword: process.env.NEO4J_PASSWORD ?? '',
    apiToken: 'compare-servers-token-0123456789',
  });
  try {
    const cpuStart = processCpuMs(server.pid);
    const result = await runLoad({
      url: server.url,
      clients: CLIENTS,
      warmupMs: 3_000,
      durationMs: SECONDS * 1000,
      requestTimeoutMs: 30_000,
      operations: [{ name: '1-hop', request: (random) => ({ query: ONE_HOP, variables: { id: entityId(random(ENTITIES)) } }) }],
      seed: 100 + round,
      sample: () => null,
      sampleEveryMs: 1000,
    });
    const requests = result.warmup.requests + result.overall.requests;
    return {
      checkout: cwd,
      pid: server.pid,
      round,
      reqPerSecond: result.requestsPerSecond,
      p50Ms: result.overall.p50Ms,
      p99Ms: result.overall.p99Ms,
      errors: result.overall.errors + result.warmup.errors,
      cpuMsPerRequest: Math.round(((processCpuMs(server.pid) - cpuStart) / requests) * 100) / 100,
    };
  } finally {
    await server.stop();
  }
}

const rows: Awaited<ReturnType<typeof measure>>[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // Alternate which goes first, so that a trend in the machine's load hits both alike.
  for (const cwd of round % 2 === 0 ? [before, after] : [after, before]) {
    const row = await measure(cwd, round);
    console.log(JSON.stringify(row));
    rows.push(row);
  }
}
const mean = (cwd: string, key: 'reqPerSecond' | 'p50Ms' | 'p99Ms' | 'cpuMsPerRequest') => {
  const values = rows.filter((row) => row.checkout === cwd).map((row) => row[key]);
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
};
for (const cwd of [before, after]) {
  console.log(
    `${cwd}: mean of ${ROUNDS} rounds: ${mean(cwd, 'reqPerSecond')} req/s, p50 ${mean(cwd, 'p50Ms')} ms, p99 ${mean(cwd, 'p99Ms')} ms, ` +
      `server CPU ${mean(cwd, 'cpuMsPerRequest')} ms/request`,
  );
}
