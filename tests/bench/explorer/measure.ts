// Measurements taken inside real Chromium: long main-thread tasks (PerformanceObserver "longtask",
// recorded from the first script on), frames while panning with the real mouse, and the explorer's
// own layout reports (window.jejaring, e2e build only).
import type { Browser, Page } from 'playwright-core';

declare global {
  interface Window {
    benchLongTasks?: number[];
    /** The same tasks with their start (performance.now()), for cutting a CPU profile into tasks. */
    benchLongTaskEntries?: { start: number; duration: number }[];
    /** performance.now() at the frame after the one that saw the first layout report: the picture is painted. */
    benchPictureFrame?: number;
  }
}

/** A page that records every long task (> 50 ms) from its first script on. */
export async function instrumentedPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    window.benchLongTasks = [];
    window.benchLongTaskEntries = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.benchLongTasks!.push(entry.duration);
      for (const entry of list.getEntries()) window.benchLongTaskEntries!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    // The report comes when the picture is drawn into Cytoscape; the frame that paints it is still to
    // come (at 1k entities the first frame restyles and draws every element: ~0.3 s).
    const watch = () => {
      if ((window.jejaring?.layoutReports.length ?? 0) >= 1) requestAnimationFrame(() => (window.benchPictureFrame = performance.now()));
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.goto(url);
  return page;
}

export interface LongTasks {
  longestMs: number;
  over200: number;
}

export async function longTasks(page: Page): Promise<LongTasks> {
  // Two frames later every task so far has been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const tasks = await page.evaluate(() => window.benchLongTasks ?? []);
  return { longestMs: Math.round(Math.max(0, ...tasks)), over200: tasks.filter((t) => t > 200).length };
}

/** Frames per second while the real mouse drags the canvas for about `ms`. */
export async function panFps(page: Page, ms = 2000): Promise<number> {
  const box = (await page.locator('#graph').boundingBox())!;
  await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number; benchCounting: boolean };
    w.benchFrames = 0;
    w.benchCounting = true;
    const tick = () => {
      if (!w.benchCounting) return;
      w.benchFrames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  for (let i = 0; Date.now() - started < ms; i++) {
    const t = (i % 40) / 40;
    await page.mouse.move(box.x + 5 + 300 * Math.sin(t * 2 * Math.PI), box.y + 5 + 200 * t);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number; benchCounting: boolean };
    w.benchCounting = false;
    return w.benchFrames;
  });
  return Math.round((frames * 1000) / (Date.now() - started));
}

/** Expands the hub's `leaves` members at once (as a link with `exp=` asks); ms until all are drawn. */
export function expandHubToDrawn(page: Page, leaves: number): Promise<number> {
  return page.evaluate(
    (count) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        location.hash = `exp=test-hub:${count}`;
        const check = () => {
          // Id look-ups, not a selector: filtering every node each frame took ~1 s of a 5k expansion.
          const cy = window.jejaring!.canvas.cy!;
          const drawn = Array.from({ length: count }, (_, i) => cy.getElementById(`hub-member-${i + 1}`)).every((n) => n.nonempty());
          if (drawn) requestAnimationFrame(() => resolve(performance.now() - started));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    leaves,
  );
}
