// Where new nodes go when a node is expanded: on rings around their parent, outside the space the
// existing nodes take, so nothing already placed moves (no full re-layout).

export interface Point {
  x: number;
  y: number;
}

/**
 * The points taken so far, bucketed by cells as wide as the minimum distance: a spot is free when no
 * point of its own or the eight neighbouring cells is closer. Comparing each spot with every
 * occupied point was most of an expansion's placement at 5k entities (240 spots × thousands).
 */
class TakenPoints {
  private readonly cells = new Map<string, Point[]>();
  constructor(private readonly distance: number) {}

  private key(cx: number, cy: number): string {
    return `${cx},${cy}`;
  }

  add(p: Point): void {
    const key = this.key(Math.floor(p.x / this.distance), Math.floor(p.y / this.distance));
    const cell = this.cells.get(key);
    if (cell) cell.push(p);
    else this.cells.set(key, [p]);
  }

  free(p: Point): boolean {
    const cx = Math.floor(p.x / this.distance);
    const cy = Math.floor(p.y / this.distance);
    const min = this.distance ** 2;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) if ((p.x - q.x) ** 2 + (p.y - q.y) ** 2 < min) return false;
    return true;
  }
}

/** Positions for `count` new nodes around `parent`, skipping spots too close to `occupied` ones. */
export function placeAround(parent: Point, count: number, occupied: Point[], spacing = 70): Point[] {
  const out: Point[] = [];
  const taken = new TakenPoints(spacing * 0.8);
  for (const q of occupied) taken.add(q);
  let ring = 1;
  let fallback = 0;
  while (out.length < count && ring < 40) {
    const radius = spacing * (ring + 0.5);
    const slots = Math.max(6, Math.floor((2 * Math.PI * radius) / spacing));
    const offset = ring * 0.5; // stagger rings so spokes do not line up
    for (let i = 0; i < slots && out.length < count; i++) {
      const angle = offset + (2 * Math.PI * i) / slots;
      const p = { x: parent.x + radius * Math.cos(angle), y: parent.y + radius * Math.sin(angle) };
      if (!taken.free(p)) continue;
      out.push(p);
      taken.add(p);
    }
    ring++;
  }
  // Extremely crowded space: put the rest on a spiral without the free-space check.
  while (out.length < count) {
    const angle = fallback * 0.7;
    const radius = spacing * (ring + fallback * 0.1);
    out.push({ x: parent.x + radius * Math.cos(angle), y: parent.y + radius * Math.sin(angle) });
    fallback++;
  }
  return out;
}
