// Which node labels to draw at the current zoom. Labels are always drawn at a readable size on
// screen (LABEL_PX); when they would collide, fewer are drawn rather than smaller ones. The most
// important go first: the selection and path, then the best-connected entities.

/** On-screen size of node and relation labels, in CSS pixels (the floor is 11). */
export const LABEL_PX = 12;
/** Widest a label line may be on screen before it wraps onto the next line. */
export const LABEL_MAX_WIDTH_PX = 170;
export const LABEL_LINE_PX = Math.round(LABEL_PX * 1.25);
/** Gap between the node and its label, and kept between two labels, on screen. */
export const LABEL_GAP_PX = 4;

export interface LabelCandidate {
  id: string;
  /** Model position of the node's centre, and its model diameter. */
  x: number;
  y: number;
  size: number;
  /** Higher is labelled first (selection, path, degree). */
  priority: number;
  /** The label's wrapped lines' widths, in screen pixels at LABEL_PX. */
  lineWidths: number[];
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The label's screen box (pan left out: collisions do not depend on it), under the node. */
export function labelBox(c: LabelCandidate, zoom: number): Box {
  const width = Math.max(0, ...c.lineWidths);
  const cx = c.x * zoom;
  const top = (c.y + c.size / 2) * zoom + LABEL_GAP_PX;
  return { x1: cx - width / 2, y1: top, x2: cx + width / 2, y2: top + c.lineWidths.length * LABEL_LINE_PX };
}

/** Ids of the candidates to label: greedy by priority (ties by id), skipping any that would overlap. */
export function planLabels(candidates: readonly LabelCandidate[], zoom: number): Set<string> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // A grid of cells one label high keeps the overlap test near-constant per label on big graphs.
  const cell = LABEL_MAX_WIDTH_PX;
  const grid = new Map<string, Box[]>();
  const cellsOf = (b: Box) => {
    const keys: string[] = [];
    for (let gx = Math.floor(b.x1 / cell); gx <= Math.floor(b.x2 / cell); gx++)
      for (let gy = Math.floor(b.y1 / cell); gy <= Math.floor(b.y2 / cell); gy++) keys.push(`${gx},${gy}`);
    return keys;
  };
  const chosen = new Set<string>();
  for (const c of order) {
    const b = labelBox(c, zoom);
    const padded = { x1: b.x1 - LABEL_GAP_PX, y1: b.y1 - LABEL_GAP_PX, x2: b.x2 + LABEL_GAP_PX, y2: b.y2 + LABEL_GAP_PX };
    const keys = cellsOf(padded);
    if (keys.some((k) => grid.get(k)?.some((other) => overlaps(padded, other)))) continue;
    chosen.add(c.id);
    for (const k of keys) {
      const list = grid.get(k);
      if (list) list.push(b);
      else grid.set(k, [b]);
    }
  }
  return chosen;
}

/** Words of `text` broken into lines no wider than `max` (a single longer word keeps its own line, uncut). */
export function wrapLines(text: string, max: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter((w) => w.length > 0)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}
