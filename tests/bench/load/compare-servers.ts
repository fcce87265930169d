// Two checkouts of the server, same machine, same Neo4j, interleaved: each round runs 32 client
// loops of 1-hop requests against one, then the other, and reports throughput, latency and the
// server process's Node CPU per request. For before/after figures on a shared machine.
// `NEO4J_URI=bolt://… npx tsx tests/bench/load/compare-servers.ts <before-checkout> <after-checkout> [rounds]`
// The database must hold the bench graph (tests/bench/graph-20k.ts); SERVER_CPU_PROF_DIR profiles too.
// COMPARE_ENV_BEFORE / COMPARE_ENV_AFTER ("NODE_ENV=test X=y"): more environment for one side's server,
// so that one checkout can be compared with itself under two settings.
import { ENTITIES, PREFIX } from '../graph-20k';
import { processCpuMs } from './process-cpu';
import { runLoadProcess } from './load-process';
import { startServerProcess } from './server-process';

const [before, after, roundsArg] = process.argv.slice(2);
if (!before || !after) throw new Error('usage: compare-servers.ts <before-checkout> <after-checkout> [rounds]');
const ROUNDS = Number(roundsArg ?? 3);
const SECONDS = Number(process.env.COMPARE_SECONDS ?? 10);
const CLIENTS = Number(process.env.COMPARE_CLIENTS ?? 32);

const envOf = (words: string | undefined) =>
  Object.fromEntries(
    (words ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]),
  );
const sides = [
  { name: 'before', cwd: before, env: envOf(process.env.COMPARE_ENV_BEFORE) },
  { name: 'after', cwd: after, env: envOf(process.env.COMPARE_ENV_AFTER) },
];

async function measure(side: (typeof sides)[number], round: number) {
  const { cwd } = side;
  const server = await startServerProcess({
    cwd,
    env: side.env,
    neo4jUri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    neo4jUser: process.env.NEO4J_USER ?? 'neo4j',
    neo4jPassword: process.env.NEO4J_PASSWORD ?? '',
    apiToken: 'compare-servers-token-0123456789',
  });
  try {
    const cpuStart = processCpuMs(server.pid);
    // The lean node:http load generator in its own process (load-process.ts), as the concurrent bench.
    const { result } = await runLoadProcess({
      url: server.url,
      clients: CLIENTS,
      warmupMs: 3_000,
      durationMs: SECONDS * 1000,
      requestTimeoutMs: 30_000,
      seed: 100 + round,
      prefix: PREFIX,
      entities: ENTITIES,
    });
    const requests = result.warmup.requests + result.overall.requests;
    return {
      checkout: `${side.name} ${cwd}`,
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
  for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
    const row = await measure(side, round);
    console.log(JSON.stringify(row));
    rows.push(row);
  }
}
const mean = (checkout: string, key: 'reqPerSecond' | 'p50Ms' | 'p99Ms' | 'cpuMsPerRequest') => {
  const values = rows.filter((row) => row.checkout === checkout).map((row) => row[key]);
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
};
for (const { name, cwd } of sides) {
  const key = `${name} ${cwd}`;
  console.log(
    `${key}: mean of ${ROUNDS} rounds: ${mean(key, 'reqPerSecond')} req/s, p50 ${mean(key, 'p50Ms')} ms, p99 ${mean(key, 'p99Ms')} ms, ` +
      `server CPU ${mean(key, 'cpuMsPerRequest')} ms/request`,
  );
}
