// CPU per request of the three processes that share the cores under the concurrent bench: the
// server (or none, under the bare driver's loops), Neo4j's JVM, and this process (the load
// generator, and under the bare driver's loops the driver too). Throughput on a machine whose
// cores they share is bounded by cores / (the sum per request), so each share says whose cost it is.
import { processCpuMs } from './process-cpu';
import { listeningPid } from './processes';

export interface CpuShares {
  server: number | null;
  neo4j: number;
  bench: number;
}

/** The JVM behind a bolt:// or neo4j:// URI on this machine (the process listening on its port). */
export function neo4jPid(uri: string): number {
  const port = Number(new URL(uri.replace(/^[a-z+]+:/, 'http:')).port || 7687);
  const pid = listeningPid(port);
  if (pid === null) throw new Error(`no process of ours listens on ${port} (${uri}): the bench needs a local Neo4j to measure its CPU`);
  return pid;
}

/** Starts counting now; `perRequest(n)` divides the CPU each used since by `n` requests (ms). */
export function startCpuShares(pids: { server: number | null; neo4j: number }) {
  const serverStart = pids.server === null ? 0 : processCpuMs(pids.server);
  const neo4jStart = processCpuMs(pids.neo4j);
  const benchStart = process.cpuUsage();
  return {
    perRequest(requests: number): CpuShares {
      const bench = process.cpuUsage(benchStart);
      const round = (ms: number) => Math.round((ms / requests) * 100) / 100;
      return {
        server: pids.server === null ? null : round(processCpuMs(pids.server) - serverStart),
        neo4j: round(processCpuMs(pids.neo4j) - neo4jStart),
        bench: round((bench.user + bench.system) / 1000),
      };
    },
  };
}

/** "server 1.60 + Neo4j 0.90 + load generator 0.70 = 3.20 ms" */
export function formatShares(shares: CpuShares, benchName = 'load generator'): string {
  const parts = [
    ...(shares.server === null ? [] : [`server ${shares.server.toFixed(2)}`]),
    `Neo4j ${shares.neo4j.toFixed(2)}`,
    `${benchName} ${shares.bench.toFixed(2)}`,
  ];
  const sum = (shares.server ?? 0) + shares.neo4j + shares.bench;
  return `${parts.join(' + ')} = ${sum.toFixed(2)} ms`;
}
