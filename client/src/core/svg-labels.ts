// Label placement for the exported picture: every node's full name, next to its node, never
// overlapping another label or node. A name that fits nowhere is left out of the picture (it stays
// in the node's <title>): a readable picture with fewer names beats one where they pile up.

export interface PlacedLabel {
  /** Index of the node or edge in the list handed in. */
  index: number;
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Rect;
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelRequest {
  /** Where the label belongs (a node's centre, an edge's midpoint) and how far from it to keep. */
  x: number;
  y: number;
  radius: number;
  width: number;
  height: number;
}

export const rectsOverlap = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Places labels in order (earlier ones win), trying below, above, right and left; `taken` holds boxes to avoid. */
export function placeLabels(requests: readonly LabelRequest[], taken: Rect[], gap = 3): (PlacedLabel | null)[] {
  const placed: (PlacedLabel | null)[] = [];
  requests.forEach((r, index) => {
    const descent = r.height * 0.25;
    const candidates: PlacedLabel[] = [
      {
        index,
        x: r.x,
        y: r.y + r.radius + gap + r.height - descent,
        anchor: 'middle',
        box: rect(r.x - r.width / 2, r.y + r.radius + gap, r.width, r.height),
      },
      {
        index,
        x: r.x,
        y: r.y - r.radius - gap - descent,
        anchor: 'middle',
        box: rect(r.x - r.width / 2, r.y - r.radius - gap - r.height, r.width, r.height),
      },
      {
        index,
        x: r.x + r.radius + gap,
        y: r.y + r.height / 2 - descent,
        anchor: 'start',
        box: rect(r.x + r.radius + gap, r.y - r.height / 2, r.width, r.height),
      },
      {
        index,
        x: r.x - r.radius - gap,
        y: r.y + r.height / 2 - descent,
        anchor: 'end',
        box: rect(r.x - r.radius - gap - r.width, r.y - r.height / 2, r.width, r.height),
      },
    ];
    const free = candidates.find((c) => !taken.some((t) => rectsOverlap(c.box, t)));
    placed.push(free ?? null);
    if (free) taken.push(free.box);
  });
  return placed;
}

function rect(x: number, y: number, width: number, height: number): Rect {
  return { x1: x, y1: y, x2: x + width, y2: y + height };
}
