// The fast path for one element's cached bounding box (client/src/views/cy-bounds-fast-path.ts), on a
// headless Cytoscape: it must answer exactly what Cytoscape answers, and go to Cytoscape whenever
// Cytoscape would recompute (the element moved, an edge's end moved, its style changed).
import cytoscape, { type Core, type SingularElementArgument } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import {
  fastBoundingBox,
  installBoundsFastPath,
  positionKey,
  type BoundingBoxMethod,
  type BoundsPrivate,
} from '../../client/src/views/cy-bounds-fast-path';

function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      { data: { id: 'a', size: 30 }, position: { x: 10.4, y: -20.6 } },
      { data: { id: 'b', size: 12 }, position: { x: -1234.5, y: 98765.49 } },
      { data: { id: 'c', size: 40 }, position: { x: 0, y: 0.5 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
    ],
  });
}

const privateOf = (ele: SingularElementArgument) => (ele as unknown as { _private: BoundsPrivate })._private;
const box = (b: unknown) => {
  const { x1, y1, x2, y2, w, h } = b as Record<string, number>;
  return { x1, y1, x2, y2, w, h };
};

describe('positionKey', () => {
  it("is Cytoscape's own key for nodes and edges, at fractional, negative and large positions", () => {
    const cy = graph();
    cy.elements().forEach((ele) => {
      ele.boundingBox({}); // Cytoscape fills its cache and its position key
      expect(privateOf(ele).bbCachePosKey).not.toBeNull();
      expect(positionKey(privateOf(ele))).toBe(privateOf(ele).bbCachePosKey);
    });
  });
});

describe('fastBoundingBox', () => {
  const withSpy = () => {
    const cy = graph();
    const original = Object.getPrototypeOf(cy.collection()).boundingBox as BoundingBoxMethod;
    const spy = vi.fn(original);
    return { cy, spy, original, fast: fastBoundingBox(spy) };
  };

  it("answers one element whose cache is valid with Cytoscape's cached box, without Cytoscape's general path", () => {
    const { cy, spy, original, fast } = withSpy();
    const a = cy.getElementById('a');
    const ab = cy.getElementById('ab');
    const first = fast.call(a as never);
    fast.call(ab as never);
    expect(spy).toHaveBeenCalledTimes(2); // nothing cached yet: Cytoscape computes
    spy.mockClear();
    expect(box(fast.call(a as never))).toEqual(box(first));
    // Cytoscape's own answer for a valid cache is that cached object itself: so is the fast path's.
    expect(fast.call(a as never)).toBe(privateOf(a).bbCache);
    expect(original.call(a as never)).toBe(privateOf(a).bbCache);
    spy.mockClear();
    expect(fast.call(ab as never)).toBe(privateOf(ab).bbCache);
    expect(spy).not.toHaveBeenCalled();
  });

  it('goes to Cytoscape when the node moved, when an edge end moved, when the style changed, for options or many elements', () => {
    const { cy, spy, fast } = withSpy();
    cy.elements().forEach((ele) => void fast.call(ele as never));
    spy.mockClear();
    cy.getElementById('a').position({ x: 500, y: 600 });
    expect(box(fast.call(cy.getElementById('a') as never))).toMatchObject({ x1: 500 - 15 - 1, x2: 500 + 15 + 1 });
    fast.call(cy.getElementById('ab') as never);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockClear();
    cy.getElementById('c').data('size', 80);
    expect(box(fast.call(cy.getElementById('c') as never)).w).toBeGreaterThan(80);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockClear();
    fast.call(cy.getElementById('b') as never, { includeLabels: false });
    fast.call(cy.nodes() as never);
    expect(spy).toHaveBeenCalledTimes(2);
  });
});

describe('installBoundsFastPath', () => {
  it('gives every element the box Cytoscape computes, through moves, style changes, adds and removes', () => {
    const cy = graph();
    installBoundsFastPath(cy);
    installBoundsFastPath(graph()); // once per prototype: not wrapped twice
    const check = () =>
      cy.elements().forEach((ele) => {
        ele.boundingBox();
        expect(box(ele.boundingBox())).toEqual(box(ele.boundingBox({ includeLabels: true })));
      });
    check();
    cy.getElementById('b').position({ x: 3.7, y: -8.2 });
    check();
    cy.getElementById('a').data('size', 5);
    check();
    cy.add([{ data: { id: 'd', size: 20 }, position: { x: 70, y: 70 } }, { data: { id: 'ad', source: 'a', target: 'd' } }]);
    check();
    cy.getElementById('c').remove();
    check();
    cy.nodes().positions((node) => ({ x: node.position('x') * 2, y: node.position('y') + 1 }));
    check();
  });
});
