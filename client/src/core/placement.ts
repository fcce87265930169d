// Where new nodes go when a node is expanded: on rings around their parent, outside the space the
// existing nodes take, so nothing already placed moves (no full re-layout).

export interface Point {
  x: number;
  y: number;
}

/** Positions for `count` new nodes around `parent`, skipping spots too close to `occupied` ones. */
export function placeAround(parent: Point, count: number, occupied: Point[], spacing = 70): Point[] {
  const out: Point[] = [];
  const taken = [...occupied];
  const free = (p: Point) => taken.every((q) => (p.x - q.x) ** 2 + (p.y - q.y) ** 2 >= (spacing * 0.8) ** 2);
  let ring = 1;
  let fallback = 0;
  while (out.length < count && ring < 40) {
    const radius = spacing * (ring + 0.5);
    const slots = Math.max(6, Math.floor((2 * Math.PI * radius) / spacing));
    const offset = ring * 0.5; // stagger rings so spokes do not line up
    for (let i = 0; i < slots && out.length < count; i++) {
      const angle = offset + (2 * Math.PI * i) / slots;
      const p = { x: parent.x + radius * Math.cos(angle), y: parent.y + radius * Math.sin(angle) };
      if (!free(p)) continue;
      out.push(p);
      taken.push(p);
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
