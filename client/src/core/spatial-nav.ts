// Walking the canvas with arrow keys: from the selected node, go to the nearest node that lies in
// the pressed direction. Pure geometry over node positions, so it is tested without a browser.
import type { Point } from './placement';

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXIS: Record<Direction, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/**
 * The node to move to from `fromId` when `direction` is pressed, or null when none lies that way.
 * Candidates sit within 45° of the direction (y grows downwards, as on screen); the nearest wins,
 * with sideways distance counting double so that "right" prefers what is level with the start.
 */
export function nearestInDirection(points: Record<string, Point>, fromId: string, direction: Direction): string | null {
  const from = points[fromId];
  if (!from) return null;
  const axis = AXIS[direction];
  let best: { id: string; score: number } | null = null;
  for (const [id, p] of Object.entries(points)) {
    if (id === fromId) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * axis.x + dy * axis.y;
    const across = Math.abs(dx * axis.y - dy * axis.x);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (!best || score < best.score || (score === best.score && id < best.id)) best = { id, score };
  }
  return best?.id ?? null;
}

/** Where walking starts when nothing is selected: the node nearest `target` (the view's centre). */
export function nearestTo(points: Record<string, Point>, target: Point): string | null {
  let best: { id: string; d: number } | null = null;
  for (const [id, p] of Object.entries(points)) {
    const d = (p.x - target.x) ** 2 + (p.y - target.y) ** 2;
    if (!best || d < best.d || (d === best.d && id < best.id)) best = { id, d };
  }
  return best?.id ?? null;
}

const KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The direction an arrow key stands for, or null for any other key. */
export function directionForKey(key: string): Direction | null {
  return KEYS[key] ?? null;
}
