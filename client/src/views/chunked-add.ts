// Adds many elements to Cytoscape a chunk per animation frame instead of in one long task, so the
// page keeps answering (and can show progress) while thousands of nodes arrive.
import type { Core, ElementDefinition } from 'cytoscape';

/** Elements per frame: one chunk's add and restyle stays well under a 50 ms task on 2 cores. */
export const CHUNK_SIZE = 600;

export interface ChunkedAdd {
  cancel(): void;
}

export function addInChunks(
  cy: Core,
  elements: ElementDefinition[],
  onProgress: (done: number, total: number) => void,
  onDone: () => void,
): ChunkedAdd {
  let next = 0;
  let frame = 0;
  const step = () => {
    const chunk = elements.slice(next, next + CHUNK_SIZE);
    cy.batch(() => {
      cy.add(chunk);
    });
    next += chunk.length;
    onProgress(next, elements.length);
    if (next < elements.length) frame = requestAnimationFrame(step);
    else onDone();
  };
  frame = requestAnimationFrame(step);
  return { cancel: () => cancelAnimationFrame(frame) };
}

/** A placeholder spot on a square grid, for a node drawn before its layout is known. */
export function gridSpot(index: number, count: number, spacing: number): { x: number; y: number } {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)));
  return { x: (index % columns) * spacing, y: Math.floor(index / columns) * spacing };
}
