// Memory and CPU of the processes under load, sampled during the window, and their summaries.
import { realpathSync } from 'node:fs';
import { executable, processTree, rssBytes, schedSeconds } from './processes';

const MB = 2 ** 20;
const round1 = (value: number) => Math.round(value * 10) / 10;

type Sched = { run: number; wait: number } | null;

export interface ResourceSample {
  nodeRssMB: number | null;
  jvmRssMB: number | null;
  /** CPU seconds run and waited for (runnable, not running) so far, over all threads. */
  nodeSched: Sched;
  jvmSched: Sched;
  /** This process: the load generator, competing for the same cores. */
  benchSched: Sched;
}

type Timed = { atMs: number; value: ResourceSample };

/**
 * The server's node process and any node process it starts (today none). Other children, such as
 * the esbuild service tsx may start to compile TypeScript, are not the server.
 */
const NODE_EXECUTABLE = realpathSync(process.execPath);
export function nodePids(serverPid: number): number[] {
  return processTree(serverPid).filter((pid) => executable(pid) === NODE_EXECUTABLE);
}

function sum(values: (number | null)[]): number | null {
  return values.some((value) => value === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0);
}

function sumSched(values: Sched[]): Sched {
  const run = sum(values.map((v) => v?.run ?? null));
  const wait = sum(values.map((v) => v?.wait ?? null));
  return run === null || wait === null ? null : { run, wait };
}

export function sampleResources(serverPid: number, jvmPid: number | null): ResourceSample {
  const pids = nodePids(serverPid);
  const nodeRss = sum(pids.map(rssBytes));
  const jvmRss = jvmPid === null ? null : rssBytes(jvmPid);
  return {
    nodeRssMB: nodeRss === null ? null : round1(nodeRss / MB),
    jvmRssMB: jvmRss === null ? null : round1(jvmRss / MB),
    nodeSched: sumSched(pids.map(schedSeconds)),
    jvmSched: jvmPid === null ? null : schedSeconds(jvmPid),
    benchSched: schedSeconds(process.pid),
  };
}

/** Start, middle and end of the window, the range over every sample, and end vs start. */
export function memoryOf(samples: Timed[], durationMs: number, pick: (sample: ResourceSample) => number | null) {
  const values = samples.map((s) => pick(s.value));
  const distance = (i: number) => Math.abs((samples[i]?.atMs ?? Infinity) - durationMs / 2);
  const middleIndex = samples.reduce((best, _, i) => (distance(i) < distance(best) ? i : best), 0);
  const [start, middle, end] = [values[0], values[middleIndex], values.at(-1)];
  if (start == null || middle == null || end == null || values.some((v) => v === null)) return null;
  const known = values as number[];
  return {
    startMB: start,
    middleMB: middle,
    endMB: end,
    minMB: Math.min(...known),
    maxMB: Math.max(...known),
    endVsStartPercent: round1(((end - start) / start) * 100),
    rangePercentOfStart: round1(((Math.max(...known) - Math.min(...known)) / start) * 100),
  };
}

/**
 * Cores used and threads waiting for a core, on average over the window, and CPU milliseconds per
 * request (which depends less on how busy the machine is than req/s does).
 */
export function cpuOf(samples: Timed[], durationMs: number, requests: number, pick: (sample: ResourceSample) => Sched) {
  const [first, last] = [samples[0], samples.at(-1)];
  const [a, b] = [first ? pick(first.value) : null, last ? pick(last.value) : null];
  if (!a || !b) return null;
  const perSecond = (seconds: number) => Math.round((Math.max(0, seconds) / (durationMs / 1000)) * 100) / 100;
  return {
    cores: perSecond(b.run - a.run),
    threadsWaitingForCpu: perSecond(b.wait - a.wait),
    cpuMsPerRequest: requests ? round1(((b.run - a.run) * 1000) / requests) : null,
  };
}
