// The third first-view approach (H3, issue 12): positions computed once per graph version by the
// server's layout job (server/layout/) and drawn at once. Measures the job itself: wall time of its
// phases and the Node CPU time it takes (process.cpuUsage counts the worker thread too).
import pino from 'pino';
import type { Executor } from '../../../server/db/executor';
import { LayoutJob } from '../../../server/layout/layout-job';

export interface StoredLayoutJobResult {
  entities: number;
  relations: number;
  quality: string;
  totalMs: number;
  readMs: number;
  computeMs: number;
  writeMs: number;
  cpuMs: number;
}

/** One run of the layout job on the graph in the database now (which must change its version). */
export async function runStoredLayoutJob(executor: Executor): Promise<StoredLayoutJobResult> {
  const job = new LayoutJob({ executor, logger: pino({ level: 'silent' }) });
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await job.run();
  const totalMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (!report) throw new Error('the layout job failed');
  const round = Math.round;
  return {
    entities: report.entities,
    relations: report.relations,
    quality: report.quality,
    totalMs: round(totalMs),
    readMs: round(report.readMs),
    computeMs: round(report.computeMs),
    writeMs: round(report.writeMs),
    cpuMs: round((used.user + used.system) / 1000),
  };
}
