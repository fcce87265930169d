// A layout's positions applied a batch per frame (client/src/layout/positions-in-frames.ts), on a
// headless Cytoscape with the frames driven by hand (Node has no requestAnimationFrame).
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyPositionsInFrames } from '../../client/src/layout/positions-in-frames';
import { useManualFrames } from './manual-frames';

const frames = useManualFrames();

const graph = (n: number) =>
  cytoscape({ headless: true, elements: Array.from({ length: n }, (_, i) => ({ data: { id: `n${i}` }, position: { x: 0, y: 0 } })) });
const target = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`n${i}`, { x: i, y: 2 * i }]));
const moved = (cy: cytoscape.Core) => cy.nodes().filter((node) => node.position('x') !== 0 || node.position('y') !== 0).length;

describe('applyPositionsInFrames', () => {
  it('moves the first batch at once and one batch per frame after, then reports done', () => {
    const cy = graph(26); // n0 stays at the origin: its target is (0, 0)
    let done = 0;
    applyPositionsInFrames(cy, target(26), () => done++, 10);
    expect([moved(cy), done]).toEqual([9, 0]);
    frames.next();
    expect([moved(cy), done]).toEqual([19, 0]);
    frames.next();
    expect([moved(cy), done]).toEqual([25, 1]);
    expect(cy.getElementById('n25').position()).toEqual({ x: 25, y: 50 });
    expect(frames.pending()).toEqual([]);
  });

  it('leaves nodes without a new position where they are, and stops when cancelled', () => {
    const cy = graph(30);
    const positions = target(30);
    delete positions.n5;
    let done = 0;
    const moving = applyPositionsInFrames(cy, positions, () => done++, 10);
    expect(cy.getElementById('n5').position()).toEqual({ x: 0, y: 0 });
    moving.cancel();
    frames.next();
    expect([moved(cy), done]).toEqual([8, 0]);
  });
});
