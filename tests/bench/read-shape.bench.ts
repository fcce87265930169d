// Issue 12, the Cypher shape of reads (docs/benchmarks.md, "Cypher shape of reads (H1)"): for the
// overview `graph(limit: 5000)` and a prefix search on the 20k/100k graph, the statement the API
// sends (captured from a real request), Neo4j's PROFILE of it (db hits and rows of the costliest
// operators), the bytes the driver receives, and its bare-driver time.
// `npm run bench -- tests/bench/read-shape.bench.ts`. READ_SHAPE_COMPARE=<file> also times the
// statements saved in that file (by READ_SHAPE_SAVE=<file> on an earlier checkout), interleaved with
// today's on the same inputs: before/after in one run. CPU times (this process's decoding; Neo4j's with
// READ_SHAPE_NEO4J_PID) are means per statement: on a shared machine they say more than the times.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Driver, ProfiledPlan } from 'neo4j-driver';
import { afterAll, bench, describe, expect } from 'vitest';
import { OverviewDocument } from '../../client/src/generated';
import { toPlainMap } from '../../server/db/convert';
import { joinSubgraphRows, toCompactSubgraph } from '../../server/queries/read/compact-payloads';
import { toSubgraph } from '../../server/queries/read/payloads';
import type { Query } from '../../server/db/executor';
import { createTestApp } from '../helpers/test-app';
import { ensureGraph20k } from './graph-20k';
import { percentile } from './load/run-load';
import { formatTable, writeBenchResult } from './results';

const SAMPLES = Number(process.env.READ_SHAPE_SAMPLES ?? 20);
const SAVE = process.env.READ_SHAPE_SAVE;
const COMPARE = process.env.READ_SHAPE_COMPARE;
/** The Neo4j JVM's pid, when known (e.g. with TEST_NEO4J_URI): its CPU time per statement is measured too. */
const NEO4J_PID = process.env.READ_SHAPE_NEO4J_PID;

/** CPU time of the Neo4j process so far, in ms (utime + stime of /proc/<pid>/stat, 10 ms ticks). */
function neo4jCpuMs(): number {
  if (!NEO4J_PID) return Number.NaN;
  const fields = readFileSync(`/proc/${NEO4J_PID}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

let captured: Query[] = [];
const t = await createTestApp({ onQuery: (query) => captured.push(query) });
await ensureGraph20k(t.driver, t.executor);
afterAll(() => t.close());

const NODE = 'id type name aliases description properties degree sources { id }';
const EDGE = 'id type from { id name type } to { id name type } properties evidence { quote source { id title } }';
const CASES = {
  'graph(limit: 5000)': `{ graph(limit: 5000) { nodes { ${NODE} } edges { ${EDGE} } truncated } }`,
  'graph(limit: 5000), ids only': '{ graph(limit: 5000) { nodes { id } edges { from { id } to { id } } truncated } }',
  // S2-H1: the explorer's Overview document, its $limit bound to 5000 in the text.
  "graph(limit: 5000), explorer's Overview": OverviewDocument.toString().replace('($limit: Int)', '').replace('$limit', '5000'),
  'search "entity 12"': '{ search(query: "entity 12") { score matched entity { id name type } } }',
} as const;
type CaseName = keyof typeof CASES;

async function capture(query: string): Promise<Query> {
  captured = [];
  const response = await t.graphql(query);
  if (response.errors) throw new Error(JSON.stringify(response.errors[0]));
  expect(captured).toHaveLength(1); // one Cypher statement per request
  return captured[0] as Query;
}

interface Operator {
  name: string;
  details: string;
  dbHits: number;
  rows: number;
  ms: number;
}

/** PROFILE's operators, flattened (the plan's `time` is in nanoseconds). */
function operators(plan: ProfiledPlan): Operator[] {
  const own = {
    name: plan.operatorType.replace(/@neo4j$/, ''),
    details: String(plan.arguments.Details ?? '').slice(0, 70),
    dbHits: plan.dbHits,
    rows: plan.rows,
    ms: plan.time / 1e6,
  };
  return [own, ...plan.children.flatMap((child) => operators(child))];
}

async function profile(driver: Driver, { cypher, params }: Query) {
  const { summary } = await driver.executeQuery(`PROFILE ${cypher}`, params, { routing: 'READ' });
  if (!summary.profile) throw new Error('no profile');
  const all = operators(summary.profile);
  return { dbHits: all.reduce((sum, op) => sum + op.dbHits, 0), top: [...all].sort((a, b) => b.dbHits - a.dbHits).slice(0, 8) };
}

/**
 * Milliseconds to the last record, the driver's CPU time (decoding) and the bytes of the rows as the
 * server holds them (JSON of the plain values): robust to a loaded machine, unlike the time.
 */
async function run(driver: Driver, { cypher, params }: Query) {
  const cpu = process.cpuUsage();
  const jvm = neo4jCpuMs();
  const started = performance.now();
  const { records } = await driver.executeQuery(cypher, params, { routing: 'READ' });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const jvmMs = neo4jCpuMs() - jvm;
  // S2-H1: the server's own decoding after the driver's: plain values (server/db) and models (payloads).
  const decoding = process.cpuUsage();
  const rows = records.map((record) => toPlainMap(record.toObject()));
  const first = rows[0];
  // S3-H1: the overview answers in several rows (graph.ts), joined as the resolver does.
  if (first && Array.isArray(first.nodes)) {
    if (Array.isArray(first.nodes[0]) || rows.length > 1) toCompactSubgraph(joinSubgraphRows(rows));
    else toSubgraph(first);
  }
  const decoded = process.cpuUsage(decoding);
  const bytes = Buffer.byteLength(JSON.stringify(rows));
  return { ms, cpuMs: (used.user + used.system) / 1000, jvmMs, bytes, modelMs: (decoded.user + decoded.system) / 1000 };
}

const p = (times: number[], q: number) =>
  percentile(
    [...times].sort((a, b) => a - b),
    q,
  );
/** CPU times are averaged: a median of 10 ms ticks, or of a run that a GC fell into, says less. */
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);

describe('read shape', () => {
  bench(
    'Cypher shape of graph(limit: 5000) and search',
    async () => {
      const now = {} as Record<CaseName, Query>;
      for (const name of Object.keys(CASES) as CaseName[]) now[name] = await capture(CASES[name]);
      if (SAVE) writeFileSync(SAVE, JSON.stringify(now));
      const before = COMPARE && existsSync(COMPARE) ? (JSON.parse(readFileSync(COMPARE, 'utf8')) as Record<CaseName, Query>) : null;
      const table: (string | number)[][] = [];
      const result: Record<string, unknown> = {};
      for (const name of Object.keys(CASES) as CaseName[]) {
        const versions: [string, Query][] = [['now', now[name]]];
        if (before?.[name]) versions.unshift(['before', before[name]]);
        const times = new Map(versions.map(([label]) => [label, [] as number[]]));
        const cpus = new Map(versions.map(([label]) => [label, [] as number[]]));
        const jvms = new Map(versions.map(([label]) => [label, [] as number[]]));
        const models = new Map(versions.map(([label]) => [label, [] as number[]]));
        const bytes = new Map<string, number>();
        for (const [, query] of versions) await run(t.driver, query); // warm the plan cache
        for (let i = 0; i < SAMPLES; i += 1) {
          for (const [label, query] of i % 2 === 0 ? versions : [...versions].reverse()) {
            const sample = await run(t.driver, query);
            times.get(label)?.push(sample.ms);
            cpus.get(label)?.push(sample.cpuMs);
            jvms.get(label)?.push(sample.jvmMs);
            models.get(label)?.push(sample.modelMs);
            bytes.set(label, sample.bytes);
          }
        }
        for (const [label, query] of versions) {
          const profiled = await profile(t.driver, query);
          const ms = times.get(label) ?? [];
          const cpuMs = mean(cpus.get(label) ?? []);
          const jvmMs = mean(jvms.get(label) ?? []);
          const modelMs = mean(models.get(label) ?? []);
          const row = {
            p50: p(ms, 0.5),
            p99: p(ms, 0.99),
            cpuMs,
            jvmMs,
            modelMs,
            bytes: bytes.get(label) ?? 0,
            dbHits: profiled.dbHits,
            top: profiled.top,
          };
          result[`${name} (${label})`] = row;
          table.push([
            name,
            label,
            row.p50.toFixed(1),
            row.p99.toFixed(1),
            cpuMs.toFixed(0),
            modelMs.toFixed(0),
            jvmMs.toFixed(0),
            row.bytes,
            row.dbHits,
          ]);
          console.log(`\n${name} (${label}), costliest operators:`);
          console.log(
            formatTable(
              ['operator', 'details', 'db hits', 'rows', 'ms'],
              profiled.top.map((op) => [op.name, op.details, op.dbHits, op.rows, op.ms.toFixed(1)]),
            ),
          );
        }
      }
      writeBenchResult('read-shape', { samples: SAMPLES, result });
      console.log(
        `\n${formatTable(['read', 'Cypher', 'driver p50 ms', 'p99 ms', 'driver CPU ms', 'server decode CPU ms', 'Neo4j CPU ms', 'bytes (plain JSON)', 'db hits'], table)}\n`,
      );
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
