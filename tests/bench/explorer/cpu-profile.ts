// Where the page's long tasks spend their time: a Chrome DevTools protocol CPU profile (Profiler
// domain, through playwright-core's CDPSession) cut into the tasks the "longtask" observer saw, with
// each task's self time by function. The profile's clock is not performance.now(): a marker function
// run at a known performance.now() aligns the two.
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface TaskProfile {
  startMs: number;
  durationMs: number;
  /** Self time by function ("name file:line"), largest first. */
  top: { fn: string; ms: number }[];
  /** Total time (self and callees) by function, largest first: shows which caller a cost belongs to. */
  inclusive: { fn: string; ms: number }[];
}

const MARKER = 'jejaringProfileMarker';

/** Starts sampling every `intervalUs` µs on the page's main thread. */
export interface Profiling {
  session: CDPSession;
  /** performance.now() when sampling started. */
  startedAt: number;
}

export async function startProfile(page: Page, intervalUs = 500): Promise<Profiling> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.send('Profiler.start');
  return { session, startedAt: await page.evaluate(() => performance.now()) };
}

/**
 * Stops sampling and returns every long task over `overMs` with its self time by function, or, with
 * `spans` (ms since navigation), those stretches of time instead of the long tasks.
 */
export async function stopProfile(
  page: Page,
  { session, startedAt }: Profiling,
  overMs = 200,
  topN = 12,
  spans?: { start: number; duration: number }[],
): Promise<TaskProfile[]> {
  // The marker spins 30 ms: its samples' profile time minus its performance.now() is the clocks' offset.
  const markerAt = await page.evaluate((name) => {
    const spin = new Function(
      `return function ${name}() { const end = performance.now() + 30; while (performance.now() < end); }`,
    )() as () => void;
    const at = performance.now();
    spin();
    return at;
  }, MARKER);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  await session.detach();
  const tasks = await page.evaluate(() => window.benchLongTaskEntries ?? []);
  return cutIntoTasks(profile, markerAt, startedAt, spans ?? tasks.filter((t) => t.duration > overMs), topN);
}

const key = (frame: ProfileNode['callFrame']) =>
  `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;

function cutIntoTasks(
  profile: Profile,
  markerAt: number,
  startedAt: number,
  tasks: { start: number; duration: number }[],
  topN: number,
): TaskProfile[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // The protocol lists each node's children; the walk up a stack needs the parents.
  for (const node of profile.nodes)
    for (const child of node.children ?? []) {
      const c = byId.get(child);
      if (c) c.parent = node.id;
    }
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta) / 1000);
  const stackOf = function* (id: number | undefined) {
    for (let node = byId.get(id ?? -1); node; node = node.parent ? byId.get(node.parent) : undefined) yield node;
  };
  // The marker's own samples often show the performance.now() it calls: look through the stack.
  const markerIndex = profile.samples.findIndex((id) => [...stackOf(id)].some((n) => n.callFrame.functionName === MARKER));
  // Without a marker sample (a busy machine can starve the sampler), the profile's start stands in.
  const offset = markerIndex >= 0 ? (times[markerIndex] ?? 0) - markerAt : profile.startTime / 1000 - startedAt;
  return tasks.map((task) => {
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    for (let i = 0; i < profile.samples.length; i++) {
      const at = (times[i] ?? 0) - offset;
      if (at < task.start || at > task.start + task.duration) continue;
      const frame = byId.get(profile.samples[i] ?? -1)?.callFrame;
      if (!frame) continue;
      const ms = Math.max(0, (times[i + 1] ?? times[i] ?? 0) - (times[i] ?? 0));
      self.set(key(frame), (self.get(key(frame)) ?? 0) + ms);
      const stack = new Set<string>();
      for (const node of stackOf(profile.samples[i])) stack.add(key(node.callFrame));
      for (const fn of stack) total.set(fn, (total.get(fn) ?? 0) + ms);
    }
    const largest = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, topN)
        .map(([fn, ms]) => ({ fn, ms: Math.round(ms) }));
    return { startMs: Math.round(task.start), durationMs: Math.round(task.duration), top: largest(self), inclusive: largest(total) };
  });
}
