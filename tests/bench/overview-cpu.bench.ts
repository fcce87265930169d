// Issue 12 (S2-H1): the server's CPU per `graph(limit: 5000)` request, by what the selection asks,
// on the 20k/100k graph. Process CPU (process.cpuUsage: driver decoding, conversion, GraphQL
// execution and serialisation, GC; Neo4j's not) says more than wall time on a shared machine.
// Selections are interleaved, the first round is a warm-up; the median of OVERVIEW_CPU_ROUNDS.
// `npm run bench -- tests/bench/overview-cpu.bench.ts`; for a before/after, run it on each checkout.
import { afterAll, bench, describe, expect } from 'vitest';
import { OverviewDocument } from '../../client/src/generated';
import { createTestApp } from '../helpers/test-app';
import { ensureGraph20k } from './graph-20k';
import { formatTable, writeBenchResult } from './results';

const ROUNDS = Number(process.env.OVERVIEW_CPU_ROUNDS ?? 6);
const t = await createTestApp();
await ensureGraph20k(t.driver, t.executor);
afterAll(() => t.close());

const NODE = 'id type name aliases description properties degree sources { id } position { x y } layout { x y }';
const SOURCE = 'id title url publisher publishedAt language';
const graph = (selection: string) => `{ graph(limit: 5000) { ${selection} } }`;
const SELECTIONS: Record<string, string> = {
  // The bench table's row (baselines.bench.ts).
  'baselines row (full)': graph(
    'nodes { id type name aliases description properties degree sources { id } } edges { id type from { id name type } to { id name type } properties evidence { quote source { id title } } } truncated',
  ),
  // What the explorer's Overview asked before S2-H1 (SubgraphFields).
  'explorer before (SubgraphFields)': graph(
    `nodes { ${NODE} } edges { id type from { id name type } to { id name type } properties evidence { quote source { ${SOURCE} } } } truncated`,
  ),
  "explorer's Overview document": OverviewDocument.toString().replace('($limit: Int)', '').replace('$limit', '5000'),
  'without quotes': graph(`nodes { ${NODE} } edges { id type from { id } to { id } properties evidence { source { id } } } truncated`),
  'without evidence': graph(`nodes { ${NODE} } edges { id type from { id } to { id } properties } truncated`),
  'ids only': graph('nodes { id } edges { from { id } to { id } } truncated'),
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

describe('overview CPU', () => {
  bench(
    'server CPU per graph(limit: 5000), by selection',
    async () => {
      const cpu = new Map(Object.keys(SELECTIONS).map((name) => [name, [] as number[]]));
      const bytes = new Map<string, number>();
      for (let round = 0; round <= ROUNDS; round += 1) {
        for (const [name, query] of Object.entries(SELECTIONS)) {
          const started = process.cpuUsage();
          const response = await t.app.fetch('http://localhost/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          });
          const text = await response.text();
          const used = process.cpuUsage(started);
          expect(text.startsWith('{"data"')).toBe(true);
          if (round > 0) cpu.get(name)?.push((used.user + used.system) / 1000);
          bytes.set(name, Buffer.byteLength(text));
        }
      }
      const rows = Object.keys(SELECTIONS).map((name) => [name, median(cpu.get(name) ?? []).toFixed(0), bytes.get(name) ?? 0]);
      writeBenchResult('overview-cpu', { rounds: ROUNDS, rows });
      console.log(`\n${formatTable(['selection', 'server CPU ms (median)', 'answer bytes'], rows)}\n`);
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
