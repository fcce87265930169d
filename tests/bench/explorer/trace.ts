// Tracing helpers for tests/bench/explorer-trace.bench.ts: a page whose fetch() calls are timed by
// GraphQL operation name (from the first script on), the boot timeline read from it, and a CDP
// sampling profile summed into self time per function.
import type { Browser, Page } from 'playwright-core';

export interface TimedFetch {
  /** The GraphQL operation's name, or the path for other requests (/readyz). */
  name: string;
  start: number;
  /** When the response's headers arrived (fetch resolved). */
  end: number;
}

declare global {
  interface Window {
    benchFetches?: TimedFetch[];
    /** performance.now() one animation frame after the explorer's first layout report (its picture painted). */
    benchPictureFrame?: number;
  }
}

/** `before` runs on the new page before it opens `url` (e.g. to start a CPU profile). */
export async function tracedPage(browser: Browser, url: string, before?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await before?.(page);
  await page.addInitScript(() => {
    window.benchFetches = [];
    const original = window.fetch.bind(window);
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = typeof init?.body === 'string' ? init.body : '';
      const operation = /(?:query|mutation)\s+(\w+)/.exec(body)?.[1];
      const name = operation ?? String(input instanceof Request ? input.url : input);
      const start = performance.now();
      const response = await original(input, init);
      window.benchFetches?.push({ name, start, end: performance.now() });
      return response;
    };
    // The frame after the one that saw the report: by then Cytoscape has painted the picture.
    const watch = () => {
      if ((window.jejaring?.layoutReports.length ?? 0) >= 1) requestAnimationFrame(() => (window.benchPictureFrame = performance.now()));
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.goto(url);
  return page;
}

export interface BootTimeline {
  htmlMs: number;
  scriptsLoadedMs: number;
  firstRequestMs: number;
  overviewSentMs: number;
  overviewHeadersMs: number;
  overviewBodyMs: number;
  workerLoadedMs: number;
  layoutStartedMs: number;
  firstPictureMs: number;
  /** The animation frame that paints the first picture (the report may come mid-frame). */
  pictureFrameMs: number;
  finalMs: number;
}

/** Milestones of the first view, in ms since navigation (the page must have laid out once). */
export async function bootTimeline(page: Page): Promise<BootTimeline> {
  await page.waitForFunction(() => window.benchPictureFrame !== undefined);
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const fetches = window.benchFetches ?? [];
    const overview = fetches.find((f) => f.name === 'Overview');
    // The resource entry of the overview's request: the /graphql request that started with it.
    const body = resources
      .filter((r) => r.name.includes('/graphql'))
      .sort((a, b) => Math.abs(a.startTime - (overview?.start ?? 0)) - Math.abs(b.startTime - (overview?.start ?? 0)))[0];
    const scripts = resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
    const report = window.jejaring!.layoutReports[0]!;
    return {
      htmlMs: nav.responseEnd,
      scriptsLoadedMs: Math.max(0, ...scripts.filter((r) => !r.name.includes('worker')).map((r) => r.responseEnd)),
      firstRequestMs: Math.min(...fetches.map((f) => f.start)),
      overviewSentMs: overview?.start ?? NaN,
      overviewHeadersMs: overview?.end ?? NaN,
      overviewBodyMs: body?.responseEnd ?? NaN,
      workerLoadedMs: Math.max(0, ...resources.filter((r) => r.name.includes('worker')).map((r) => r.responseEnd)),
      layoutStartedMs: report.startedAt,
      firstPictureMs: report.startedAt + report.firstMs,
      pictureFrameMs: window.benchPictureFrame ?? NaN,
      finalMs: report.startedAt + report.totalMs,
    };
  });
}

/** The Chrome DevTools protocol's Profiler.Profile, as much of it as selfTimes reads. */
export interface Profile {
  nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface FunctionTime {
  name: string;
  where: string;
  ms: number;
}

/**
 * Time per function (ms), largest first; `where` is file:line:column of the bundle. Self time by
 * default; `inclusive` credits every function on the sampled stack once (its callees included).
 */
export function selfTimes(profile: Profile, inclusive = false): FunctionTime[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, FunctionTime>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const seen = new Set<string>();
    for (let id: number | undefined = samples[i]; id !== undefined; id = inclusive ? parent.get(id) : undefined) {
      const frame = byNode.get(id);
      if (!frame) break;
      const file = frame.url.split('/').pop() ?? '';
      const where = file ? `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '';
      const key = `${frame.functionName}@${where}`;
      if (seen.has(key) || frame.functionName === '(root)') continue;
      seen.add(key);
      const entry = totals.get(key) ?? { name: frame.functionName || '(anonymous)', where, ms: 0 };
      // A sample's time is the delta to the next one.
      entry.ms += (deltas[i + 1] ?? 0) / 1000;
      totals.set(key, entry);
    }
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
}
