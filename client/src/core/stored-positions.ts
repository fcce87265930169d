// Which positions a first drawing can show at once, without running a layout: the imported file's
// (`position`), else the server's stored layout (`layout`, computed once per graph version). One
// source for the whole view, never a mix (their coordinates are unrelated), and only when it
// covers nearly every node: the few left without one go next to their neighbours.
import type { Point } from './placement';
import type { GraphNode } from './types';

/** Share of the drawn nodes that must have a position for the view to skip the layout. */
export const STORED_SHARE = 0.9;

export interface StoredPositions {
  source: 'file' | 'layout';
  positions: Map<string, Point>;
}

type Positioned = Pick<GraphNode, 'id' | 'position' | 'layout'>;

export function storedPositions(nodes: readonly Positioned[], share = STORED_SHARE): StoredPositions | undefined {
  if (nodes.length === 0) return undefined;
  for (const source of ['file', 'layout'] as const) {
    const positions = new Map<string, Point>();
    for (const node of nodes) {
      const point = source === 'file' ? node.position : node.layout;
      if (point) positions.set(node.id, { x: point.x, y: point.y });
    }
    if (positions.size >= share * nodes.length) return { source, positions };
  }
  return undefined;
}
