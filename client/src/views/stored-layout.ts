// A first drawing from stored positions (core/stored-positions.ts): every node that has one goes
// there, the few without one next to a neighbour (as expanded nodes are), and no layout runs.
import type { Core } from 'cytoscape';
import type { Point } from '../core/placement';
import type { StoredPositions } from '../core/stored-positions';
import { placeNewNodes } from './place-new-nodes';

/** Moves the drawn nodes to their stored positions; returns every node's position (the preset layout). */
export function placeStored(cy: Core, stored: StoredPositions, spacing: number): Map<string, Point> {
  const missing: string[] = [];
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const point = stored.positions.get(node.id());
      if (point) node.position(point);
      else missing.push(node.id());
    });
  });
  const all = new Map(stored.positions);
  if (missing.length > 0) for (const [id, point] of placeNewNodes(cy, missing, spacing)) all.set(id, point);
  return all;
}
