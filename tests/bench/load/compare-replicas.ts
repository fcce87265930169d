// Would more server processes help on this machine? The same 32 clients of 1-hop against one
// server process, then split evenly over N replicas of it (docs/operations.md, "Replicas": each its
// own port, same Neo4j, same API_TOKEN), alternating which goes first, on the same Neo4j. A
// deployment with N processes (node:cluster, or replicas behind a proxy) can do no better than this.
// `NEO4J_URI=bolt://… npx tsx tests/bench/load/compare-replicas.ts [replicas=2] [rounds=3]`
import { ENTITIES, PREFIX } from '../graph-20k';
import { neo4jPid } from './cpu-shares';
import { runLoadProcess } from './load-process';
import { processCpuMs } from './process-cpu';
import { startServerProcess } from './server-process';

const [replicasArg, roundsArg] = process.argv.slice(2);
const REPLICAS = Number(replicasArg ?? 2);
const ROUNDS = Number(roundsArg ?? 3);
const SECONDS = Number(process.env.COMPARE_SECONDS ?? 10);
const CLIENTS = Number(process.env.COMPARE_CLIENTS ?? 32);
const NEO4J = {
  neo4jUri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  neo4jUser: process.env.NEO4J_USER ?? 'neo4j',
  neo4jPassword: process.env.NEO4J_PASSWORD ?? '',
};
const jvm = neo4jPid(NEO4J.neo4jUri);

async function measure(servers: number, round: number) {
  const started = await Promise.all(
    Array.from({ length: servers }, () => startServerProcess({ ...NEO4J, apiToken: 'compare-replicas-token-0123456789' })),
  );
  try {
    const cpuStart = started.map((server) => processCpuMs(server.pid));
    const jvmStart = processCpuMs(jvm);
    // One load generator per server, each with its share of the clients, all at once.
    const loads = await Promise.all(
      started.map((server, i) =>
        runLoadProcess({
          url: server.url,
          clients: Math.floor(CLIENTS / servers) + (i < CLIENTS % servers ? 1 : 0),
          warmupMs: 3_000,
          durationMs: SECONDS * 1000,
          requestTimeoutMs: 30_000,
          seed: 100 + round * 10 + i,
          prefix: PREFIX,
          entities: ENTITIES,
        }),
      ),
    );
    const requests = loads.reduce((sum, { result }) => sum + result.warmup.requests + result.overall.requests, 0);
    const serverCpu = started.reduce((sum, server, i) => sum + processCpuMs(server.pid) - (cpuStart[i] ?? 0), 0);
    const perRequest = (ms: number) => Math.round((ms / requests) * 100) / 100;
    return {
      servers,
      round,
      reqPerSecond: Math.round(loads.reduce((sum, { result }) => sum + result.requestsPerSecond, 0)),
      p99Ms: Math.max(...loads.map(({ result }) => result.overall.p99Ms)),
      errors: loads.reduce((sum, { result }) => sum + result.overall.errors + result.warmup.errors, 0),
      errorKinds: loads.map(({ result }) => ({ ...result.warmup.errorKinds, ...result.errorKinds })),
      cpuMsPerRequest: {
        servers: perRequest(serverCpu),
        neo4j: perRequest(processCpuMs(jvm) - jvmStart),
        loadGenerators: perRequest(loads.reduce((sum, load) => sum + load.cpuMs, 0)),
      },
    };
  } finally {
    await Promise.all(started.map((server) => server.stop()));
  }
}

const rows: Awaited<ReturnType<typeof measure>>[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const servers of round % 2 === 0 ? [1, REPLICAS] : [REPLICAS, 1]) {
    const row = await measure(servers, round);
    console.log(JSON.stringify(row));
    rows.push(row);
  }
}
for (const servers of [1, REPLICAS]) {
  const mine = rows.filter((row) => row.servers === servers);
  const mean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);
  console.log(
    `${servers} server process(es): mean of ${ROUNDS} rounds ${mean(mine.map((row) => row.reqPerSecond))} req/s, p99 ${mean(mine.map((row) => row.p99Ms))} ms`,
  );
}
