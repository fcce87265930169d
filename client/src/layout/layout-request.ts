// The fcose worker's request for a graph, from its nodes (id and drawn size) and edges, however they
// were read: the canvas's elements (a re-layout) or the visible graph before anything is drawn (a
// first drawing, views/positions-first.ts). The same graph must give the same request, so the same
// picture: nodes and edges in id order, and the seed from the ids alone.
import { graphSeed } from '../core/seeded-random';
import type { LayoutRequest } from './layout-messages';
import { REFINE_LIMIT } from './layout-options';

export interface LayoutNode {
  id: string;
  size: number;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

export function layoutRequest(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Omit<LayoutRequest, 'id'> {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ordered = [...nodes].sort(byId);
  return {
    nodes: ordered.map((n) => ({ id: n.id, size: n.size })),
    edges: [...edges].sort(byId).map((e) => ({ source: e.source, target: e.target })),
    refine: nodes.length <= REFINE_LIMIT,
    seed: graphSeed(
      ordered.map((n) => n.id),
      edges.map((e) => e.id),
    ),
  };
}
