// Issue 12, "no main-thread task over 200 ms at 5k" and "hub expansion ≤ 300 ms": Cytoscape restyles
// (and then redraws) every element it is told has new classes, and its toggleClass/addClass tell it so
// for every element they are given, even when the element had that class already. A label plan or a
// selection that set the classes of all nodes restyled all of them. The invariant checked here: an
// element already drawn is restyled only if its classes or data really changed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { clickNode, expandHubByLink, type Explorer, startExplorer, waitForLayout } from './support/explorer';
import { generatedSeed } from './support/generated-graph';
import { hubSeed } from './support/hub-seed';

type Snapshot = Record<string, string>;

/** Every drawn element's classes and data, as one string each. */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    window.jejaring!.canvas.cy!.elements().forEach((ele) => {
      out[ele.id()] = `${[...ele.classes()].sort().join(' ')}|${JSON.stringify(ele.data())}`;
    });
    return out;
  });
}

/** Starts collecting the ids of the elements Cytoscape is told to restyle ("style" events). */
async function recordRestyles(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { restyled: Set<string>; lastStyle: number; recording?: boolean };
    w.restyled = new Set();
    w.lastStyle = performance.now();
    if (w.recording) return;
    w.recording = true;
    window.jejaring!.canvas.cy!.on('style render', (event) => {
      w.lastStyle = performance.now();
      if (event.type === 'style') w.restyled.add(event.target.id() as string);
    });
  });
}

/** The restyled ids once the canvas has been still for `quietMs` (the label plan included). */
async function restylesWhenQuiet(page: Page, quietMs = 800): Promise<string[]> {
  await page.waitForFunction((ms) => performance.now() - (window as unknown as { lastStyle: number }).lastStyle > ms, quietMs, {
    timeout: 30_000,
    polling: 100,
  });
  return page.evaluate(() => [...(window as unknown as { restyled: Set<string> }).restyled].sort());
}

/** Elements drawn before and after that were restyled though their classes and data stayed the same. */
function restyledUnchanged(before: Snapshot, after: Snapshot, restyled: string[]): string[] {
  return restyled.filter((id) => before[id] !== undefined && before[id] === after[id]);
}

describe('explorer: restyles only what changed, in a big graph', () => {
  let explorer: Explorer;
  let page: Page;
  let consoleErrors: string[];
  beforeAll(async () => {
    explorer = await startExplorer([generatedSeed(400), hubSeed(240)]);
    ({ page, consoleErrors } = await openPage(explorer.browser, `${explorer.server.url}/?limit=600`));
    await waitForLayout(page, 1);
    await recordRestyles(page);
    await restylesWhenQuiet(page);
  });
  afterAll(async () => {
    await explorer?.close();
  });

  it('a click on the hub restyles only the elements whose classes change', async () => {
    const drawn = await page.evaluate(() => window.jejaring!.canvas.cy!.elements().length);
    expect(drawn).toBeGreaterThan(1000); // a big graph's canvas
    const before = await snapshot(page);
    await recordRestyles(page);
    await clickNode(page, 'test-hub');
    const restyled = await restylesWhenQuiet(page);
    const after = await snapshot(page);
    // The hub and its edges did change (selected, touching): the count shows the recording works.
    expect(restyled).toContain('test-hub');
    expect(restyledUnchanged(before, after, restyled)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("a link's expansion restyles the new elements and only those drawn ones whose classes or data change", async () => {
    const before = await snapshot(page);
    await recordRestyles(page);
    await expandHubByLink(page, 240);
    const restyled = await restylesWhenQuiet(page);
    const after = await snapshot(page);
    // Members the overview did not show: drawn now, and styled (the recording sees them).
    const added = Object.keys(after).filter((id) => before[id] === undefined);
    expect(added.length).toBeGreaterThan(100);
    expect(added.filter((id) => !restyled.includes(id))).toEqual([]);
    expect(restyledUnchanged(before, after, restyled)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
