// Helpers for the "any screen" tests (issue 13 items 2, 3, 4, 10, 11): pages at a given viewport, what
// Cytoscape really draws as labels (read through window.jejaring), and boxes of panels on the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Explorer } from './explorer';
import { waitForLayout } from './explorer';

export const SCREENS = [
  { name: 'desktop', width: 1400, height: 900 },
  { name: 'tablet', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;
export type Screen = (typeof SCREENS)[number];

/** A page at `screen`'s size on the explorer, after its first layout; console errors are collected. */
export async function openAt(explorer: Explorer, browser: Browser, screen: Screen, path = '/') {
  const page = await browser.newPage({ viewport: { width: screen.width, height: screen.height } });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(`${explorer.server.url}${path}`);
  await waitForLayout(page, 1);
  return { page, consoleErrors };
}

export interface DrawnLabel {
  id: string;
  text: string;
  /** On-screen font size in CSS px: the label's font size × the zoom. */
  px: number;
  group: 'nodes' | 'edges';
}

/**
 * Every label Cytoscape draws now: a non-empty label on a visible element whose font size × zoom is
 * not below its min-zoomed-font-size (Cytoscape's own rule for leaving a label out). The text is the
 * one it draws (its wrapped lines, so an ellipsis cut shows as "…").
 */
export function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => {
    const cy = window.jejaring!.canvas.cy!;
    cy.forceRender(); // the lines are cached while drawing
    const zoom = cy.zoom();
    const out: DrawnLabel[] = [];
    // The computed style (Cytoscape's pstyle, public but missing from its types).
    type Parsed = { value: unknown; strValue: string; pfValue: number };
    const ps = (ele: unknown, name: string) => (ele as { pstyle(n: string): Parsed }).pstyle(name);
    cy.elements().forEach((ele) => {
      const label = String(ps(ele, 'label').strValue ?? '');
      if (!label || !ele.visible() || Number(ps(ele, 'text-opacity').value) === 0 || Number(ele.effectiveOpacity()) === 0) return;
      const size = Number(ps(ele, 'font-size').pfValue);
      const min = Number(ps(ele, 'min-zoomed-font-size').pfValue);
      if (size * zoom < min) return;
      // Cytoscape caches the wrapped lines it drew; unwrapped labels are drawn as they are.
      const scratch = (ele as unknown as { _private: { rscratch: Record<string, unknown> } })._private.rscratch;
      const lines = scratch.labelWrapCachedLines as string[] | undefined;
      const text = ps(ele, 'text-wrap').strValue === 'none' || !lines ? label : lines.join(' ').replace(/\s+/gu, ' ').trim();
      out.push({ id: ele.id(), text, px: size * zoom, group: ele.isNode() ? 'nodes' : 'edges' });
    });
    return out;
  });
}

/** Is the node drawn wholly inside the canvas, and is the canvas not covered by another panel? */
export function nodeInView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((nodeId) => {
    const cy = window.jejaring!.canvas.cy!;
    const node = cy.getElementById(nodeId);
    if (node.empty()) return false;
    const box = node.renderedBoundingBox({ includeLabels: false });
    const container = cy.container()!.getBoundingClientRect();
    if (container.width < 50 || container.height < 50) return false;
    const inside = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= container.width && box.y2 <= container.height;
    // The point on the page must show the canvas, not a panel laid over it.
    const p = node.renderedPosition();
    const top = document.elementFromPoint(container.left + p.x, container.top + p.y);
    return inside && !!top && cy.container()!.contains(top);
  }, id);
}

/** Page box of an element, or null when it is not rendered. */
export function box(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return null;
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  }, selector);
}

/** Elements among `selectors` whose content is wider than their box, or whose box leaves the window. */
export function overflowing(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const out: string[] = [];
    for (const sel of list) {
      for (const el of document.querySelectorAll<HTMLElement>(sel)) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (el.scrollWidth > el.clientWidth + 1) out.push(`${sel}: content ${el.scrollWidth} px in ${el.clientWidth} px`);
        if (r.left < -1 || r.right > window.innerWidth + 1) out.push(`${sel}: spans ${r.left}..${r.right} of ${window.innerWidth} px`);
      }
    }
    return out;
  }, selectors);
}

/**
 * One page at `screen`'s size for a describe block, on an explorer started once by the caller: opened
 * in beforeAll and handed to `receive`, closed in afterAll after checking it logged no console errors.
 */
export function usePageAt(explorer: () => Explorer, screen: Screen, receive: (page: Page) => void): void {
  let page: Page | undefined;
  let consoleErrors: string[] = [];
  beforeAll(async () => {
    ({ page, consoleErrors } = await openAt(explorer(), explorer().browser, screen));
    receive(page);
  });
  afterAll(async () => {
    expect(consoleErrors).toEqual([]);
    await page?.close();
  });
}

/** Below 900 px the legend, filters and path live in a drawer: open it the way a user would. */
export async function openDrawer(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Legend and filters' });
  if (!(await toggle.isVisible()) || (await toggle.getAttribute('aria-expanded')) === 'true') return;
  await toggle.click();
  await page.locator('#sidebar').waitFor({ state: 'visible' });
}

/** Closes the drawer (if it is one and open), so that the graph under it can be clicked. */
export async function closeDrawer(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Legend and filters' });
  if (!(await toggle.isVisible()) || (await toggle.getAttribute('aria-expanded')) !== 'true') return;
  await toggle.click();
  await page.locator('#sidebar').waitFor({ state: 'hidden' });
}

/** Clicks a toolbar tool, through the "Menu" when the toolbar is one (below 900 px). */
export async function clickTool(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.getByRole('toolbar', { name: 'Graph tools' }).getByRole('button', { name, exact: true }).click();
}
