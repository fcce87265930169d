// Load: `clients` concurrent clients for `seconds` on a mixed read workload against the REAL server
// (server/main.ts in its own process) on a generated graph of 20k entities and 100k relations.
// Reports req/s, p50/p99 and errors, overall and per operation, and the RSS of the server's node
// process and of Neo4j's JVM at the start, middle and end of the window. Prints a table and writes
// bench-results/load-<timestamp>.json. `npm run bench:load` (also part of `npm run bench`).
// Env: LOAD_BENCH_SECONDS (60), LOAD_BENCH_CLIENTS (64), LOAD_BENCH_WARMUP_SECONDS (10),
// LOAD_BENCH_RELATIONS (100000; entities are a fifth of it).
import { afterAll, bench, describe, inject } from 'vitest';
import { createDriver } from '../../server/db/driver';
import { Executor } from '../../server/db/executor';
import { ensureSchema } from '../../server/db/schema-setup';
import { ensureClientBuilt } from '../../server/http/client-build';
import { generateSeed } from '../fixtures/generate-seed';
import { loadSeed } from '../helpers/load-seed';
import { emptyDatabase } from './empty-database';
import { executable, listeningPid, processTree } from './load/processes';
import { cpuOf, memoryOf, nodePids, sampleResources } from './load/resources';
import { runLoad } from './load/run-load';
import { startServerProcess } from './load/server-process';
import { mixedReads } from './load/workload';
import { cpuPressure, formatTable, loadAverage, writeBenchResult } from './results';

function envInteger(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw new Error(`${name}: "${raw}" is not a whole number from ${min} to ${max}`);
  return Number(raw);
}

const SECONDS = envInteger('LOAD_BENCH_SECONDS', 60, 1, 3600);
const CLIENTS = envInteger('LOAD_BENCH_CLIENTS', 64, 1, 1024);
const WARMUP_SECONDS = envInteger('LOAD_BENCH_WARMUP_SECONDS', 10, 0, 600);
const RELATIONS = envInteger('LOAD_BENCH_RELATIONS', 100_000, 10, 150_000); // ~150k is what a 1 GB heap loads in one transaction
const PREFIX = 'load';
const SEED = 8; // the PRNG seed of client 0; client i uses SEED + i
const DURATION_MS = SECONDS * 1000;
const REQUEST_TIMEOUT_MS = 30_000; // longer than the server's 15 s query timeout
const API_TOKEN = 'load-bench-token-0123456789';

const neo4j = { uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') };
const driver = createDriver(neo4j);
const executor = new Executor(driver, { timeoutMs: 10 * 60_000 });

await emptyDatabase(driver);
await ensureSchema(executor);
const seed = generateSeed(RELATIONS, PREFIX);
const entities = seed.entities?.length ?? 0;
const loadStarted = performance.now();
await loadSeed(executor, seed);
const seedLoadSeconds = Math.round(performance.now() - loadStarted) / 1000;

await ensureClientBuilt(() => {}); // so that the server does not build it, in its own heap, at start
const server = await startServerProcess({ neo4jUri: neo4j.uri, neo4jUser: neo4j.user, neo4jPassword: neo4j.password, apiToken: API_TOKEN });
// The JVM is found by the Bolt port it listens on; null when Neo4j is not a local process of ours.
const neo4jUrl = new URL(neo4j.uri);
const jvmPid = ['127.0.0.1', 'localhost'].includes(neo4jUrl.hostname) ? listeningPid(Number(neo4jUrl.port || 7687)) : null;

afterAll(async () => {
  await server.stop();
  await emptyDatabase(driver);
  await driver.close();
});

let ran = false;

describe('load', () => {
  bench(
    `${CLIENTS} clients, ${SECONDS} s, mixed reads, ${entities} entities / ${RELATIONS} relations`,
    async () => {
      if (ran) throw new Error('the load bench runs once per vitest run'); // tinybench must not repeat 60 s of load
      ran = true;
      const startedAt = new Date();
      const loadAverageStart = loadAverage();
      const cpuPressureStart = cpuPressure();
      const operations = mixedReads(PREFIX, entities);
      const result = await runLoad({
        url: server.url,
        clients: CLIENTS,
        warmupMs: WARMUP_SECONDS * 1000,
        durationMs: DURATION_MS,
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
        operations,
        seed: SEED,
        sample: () => sampleResources(server.pid, jvmPid),
        sampleEveryMs: 1000,
      });
      const loadAverageEnd = loadAverage();
      const cpuPressureEnd = cpuPressure();
      const memory = {
        node: memoryOf(result.samples, DURATION_MS, (s) => s.nodeRssMB),
        jvm: memoryOf(result.samples, DURATION_MS, (s) => s.jvmRssMB),
      };
      const requests = result.overall.requests;
      const cpu = {
        node: cpuOf(result.samples, DURATION_MS, requests, (s) => s.nodeSched),
        jvm: cpuOf(result.samples, DURATION_MS, requests, (s) => s.jvmSched),
        loadGenerator: cpuOf(result.samples, DURATION_MS, requests, (s) => s.benchSched),
      };
      const cpuRow = (name: string, c: ReturnType<typeof cpuOf>) => [
        name,
        c?.cores ?? 'n/a',
        c?.threadsWaitingForCpu ?? 'n/a',
        c?.cpuMsPerRequest ?? 'n/a',
      ];

      const path = writeBenchResult(
        'load',
        {
          command: `npm run ${process.env.npm_lifecycle_event ?? 'bench:load'}`,
          config: {
            clients: CLIENTS,
            seconds: SECONDS,
            warmupSeconds: WARMUP_SECONDS,
            requestTimeoutMs: REQUEST_TIMEOUT_MS,
            prngSeed: SEED,
          },
          graph: {
            entities,
            relations: RELATIONS,
            generator: `tests/fixtures/generate-seed.ts generateSeed(${RELATIONS}, '${PREFIX}')`,
            seedLoadSeconds,
          },
          workload: { operations: operations.map((o) => o.name), shares: 'equal, picked by a seeded PRNG per client' },
          server: {
            command: 'node --import tsx server/main.ts',
            pid: server.pid,
            nodePids: nodePids(server.pid),
            tree: processTree(server.pid).map((pid) => ({ pid, executable: executable(pid) })),
          },
          neo4j: { uri: neo4j.uri, jvmPid },
          loadAverage: { start: loadAverageStart, end: loadAverageEnd },
          cpuPressurePercent: { start: cpuPressureStart, end: cpuPressureEnd },
          startedAt: startedAt.toISOString(),
          requestsPerSecond: result.requestsPerSecond,
          elapsedMs: result.elapsedMs,
          overall: result.overall,
          operations: result.operations,
          errorKinds: result.errorKinds,
          warmup: result.warmup,
          memory,
          cpu,
          samples: result.samples,
        },
        startedAt,
      );

      const mb = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(0));
      const pct = (value: number | undefined) => (value === undefined ? 'n/a' : `${value > 0 ? '+' : ''}${value.toFixed(1)} %`);
      const memoryRow = (name: string, m: ReturnType<typeof memoryOf>) => [
        name,
        mb(m?.startMB),
        mb(m?.middleMB),
        mb(m?.endMB),
        pct(m?.endVsStartPercent),
        pct(m?.rangePercentOfStart),
      ];
      const lines = [
        '',
        `Load: ${CLIENTS} clients, ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up, mixed reads on ${entities} entities / ${RELATIONS} relations`,
        '',
        formatTable(
          ['operation', 'requests', 'errors', 'p50 ms', 'p99 ms', 'max ms'],
          [...result.operations, result.overall].map((o) => [o.name, o.requests, o.errors, o.p50Ms, o.p99Ms, o.maxMs]),
        ),
        '',
        `${result.requestsPerSecond} req/s, ${result.overall.errors} errors (warm-up: ${result.warmup.requests} requests, ${result.warmup.errors} errors)`,
        ...Object.entries(result.errorKinds).map(([kind, { count, example }]) => `  ${count} × ${kind}, e.g. ${example}`),
        ...Object.entries(result.warmup.errorKinds).map(([kind, { count, example }]) => `  warm-up: ${count} × ${kind}, e.g. ${example}`),
        '',
        formatTable(
          ['RSS (MB)', 'start', 'middle', 'end', 'end vs start', 'max − min'],
          [memoryRow('server (node)', memory.node), memoryRow('Neo4j (JVM)', memory.jvm)],
        ),
        '',
        formatTable(
          ['CPU in the window', 'cores used', 'threads waiting for a core', 'CPU ms per request'],
          [cpuRow('server (node)', cpu.node), cpuRow('Neo4j (JVM)', cpu.jvm), cpuRow('load generator (vitest)', cpu.loadGenerator)],
        ),
        '',
        `load average (1/5/15 min): start ${loadAverageStart.join(' ')}, end ${loadAverageEnd.join(' ')}; CPU pressure (some, avg10): start ${cpuPressureStart?.avg10 ?? 'n/a'} %, end ${cpuPressureEnd?.avg10 ?? 'n/a'} %`,
        `seed load: ${seedLoadSeconds} s; results: ${path}`,
        '',
      ];
      console.log(lines.join('\n'));
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
