// Waits until a process has gone quiet: its CPU over a short sample below a share of one core. The
// concurrent bench waits for Neo4j so that the checkpoint of a graph just loaded (or the start-up
// layout job's writes) does not run inside the first measured window only: with the graph loaded
// by the bench itself, Neo4j spent 1.86 ms of CPU per request in the project's window against
// 0.82 ms in the bare driver's window after it. A condition with a deadline, not a fixed sleep.
import { processCpuMs } from './process-cpu';

export interface QuietOptions {
  /** Below this share of one core over a sample counts as quiet (default 0.15). */
  share?: number;
  /** Sample length in ms (default 1,000): /proc's clock ticks are 10 ms. */
  sampleMs?: number;
  /** Give up after this long and go on, saying so (default 120 s). */
  deadlineMs?: number;
}

/** Resolves with the ms waited, or rejects if /proc cannot tell; logs when the deadline passes. */
export async function untilQuiet(
  pid: number,
  { share = 0.15, sampleMs = 1_000, deadlineMs = 120_000 }: QuietOptions = {},
): Promise<number> {
  const started = Date.now();
  for (;;) {
    const before = processCpuMs(pid);
    if (Number.isNaN(before)) throw new Error(`untilQuiet: no CPU figures for process ${pid} in /proc`);
    await new Promise((resolve) => setTimeout(resolve, sampleMs));
    const used = processCpuMs(pid) - before;
    if (used < share * sampleMs) return Date.now() - started;
    if (Date.now() - started > deadlineMs) {
      console.warn(`process ${pid} still used ${Math.round((used / sampleMs) * 100)} % of a core after ${deadlineMs} ms: measuring anyway`);
      return Date.now() - started;
    }
  }
}
