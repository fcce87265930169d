// Runs the 1-hop load from a process of its own (load-child.ts), so that the load generator's CPU
// is measured apart from the bench's and competes for the cores as a separate client would.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildOptions } from './load-child';
import type { LoadResult } from './run-load';

const CHILD = fileURLToPath(new URL('./load-child.ts', import.meta.url));

export interface ChildLoad {
  result: LoadResult<null>;
  /** The load generator's CPU over warm-up and window (ms). */
  cpuMs: number;
}

export async function runLoadProcess(options: ChildOptions): Promise<ChildLoad> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
  // Bounded: the load stops starting requests after its window, each aborted after its timeout.
  const deadline = setTimeout(() => child.kill('SIGKILL'), options.warmupMs + options.durationMs + options.requestTimeoutMs + 60_000);
  const code = await new Promise<number | null>((done) => child.once('exit', (exitCode) => done(exitCode)));
  clearTimeout(deadline);
  process.off('exit', killOnExit);
  const line = stdout.trim().split('\n').at(-1);
  if (code !== 0 || !line) throw new Error(`the load generator failed (exit ${code}):\n${stderr}`);
  return JSON.parse(line) as ChildLoad;
}
