// A first drawing from stored positions (core/stored-positions.ts), drawn where it ends up from its
// first element on: every node is added at its stored position, the view is fitted once, before
// anything is drawn, to where all of them go, and no layout runs at the end (before, the nodes were
// added on a grid, fitted to it, then moved by Cytoscape's preset layout and fitted again: at 1k
// entities that pass alone was ~0.1 s of the first view). The few without a position go next to a
// neighbour once all are in.
import type { Core } from 'cytoscape';
import type { Point } from '../core/placement';
import { storedPositions, type StoredPositions } from '../core/stored-positions';
import { sizeForDegree } from '../core/style-for-type';
import type { GraphNode } from '../core/types';
import { bodyBox, fitBox } from '../layout/fit-nodes';
import { placeNewNodes } from './place-new-nodes';

/**
 * Up to this many elements, a first drawing from stored positions is added in one task instead of a
 * chunk per frame: each chunk's frame redraws everything added so far, so at 1k entities (~2.9k
 * elements) the frames cost more than the adding (docs/benchmarks.md, "First view at 1k").
 */
export const STORED_ONE_BATCH = 4000;

export interface StoredDrawing {
  stored: StoredPositions;
  /** performance.now() when the drawing began: the layout report's start. */
  startedAt: number;
  /** The positions are the layout worker's, computed for this drawing (views/positions-first.ts). */
  computed?: boolean;
}

/** Zooms and pans so that every node body of `nodes` shows where it will be drawn (one fit, before drawing). */
export function fitToStored(cy: Core, nodes: readonly Pick<GraphNode, 'id' | 'degree'>[], stored: StoredPositions, padding: number): void {
  const bodies = nodes.flatMap((node) => {
    const point = stored.positions.get(node.id);
    return point ? [{ ...point, size: sizeForDegree(node.degree) }] : [];
  });
  const box = bodyBox(bodies);
  if (!box) return;
  cy.resize(); // the panels may just have changed the container size
  fitBox(cy, box, padding);
}

/** Places the drawn nodes that have no stored position next to a neighbour; returns their spots. */
export function placeUnstored(cy: Core, stored: StoredPositions, spacing: number): Map<string, Point> {
  const missing = cy
    .nodes()
    .filter((node) => !stored.positions.has(node.id()))
    .map((node) => node.id());
  return missing.length > 0 ? placeNewNodes(cy, missing, spacing) : new Map();
}

/** The stored positions a first drawing of `nodes` can start from, or undefined (then a layout runs). */
export function storedDrawing(nodes: readonly GraphNode[]): StoredDrawing | undefined {
  const stored = storedPositions(nodes);
  return stored ? { stored, startedAt: performance.now() } : undefined;
}
