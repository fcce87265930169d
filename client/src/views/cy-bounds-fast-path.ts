// Cytoscape 3.35's `boundingBox()` builds a memoised closure and a cache object on every call, even
// for one element whose cached box is still valid, and its canvas renderer asks every drawn element
// for its box in every frame: at 5k entities that was ~30 % of a full frame (docs/benchmarks.md,
// "Frames at 5k (S4)"). This answers that one case (one element, no options, cache still valid) with
// the very object Cytoscape returns, and leaves every other call to Cytoscape. The validity test is
// Cytoscape's own (`isDirty` in collection/dimensions/bounds.mjs, with `getBoundingBoxPosKey`'s hash
// from util/hash.mjs); tests/unit/client-bounds-fast-path.test.ts checks it against Cytoscape's.
import type { Core } from 'cytoscape';

interface Point {
  x: number;
  y: number;
}

/** The parts of an element's `_private` that Cytoscape's bounding-box cache reads. */
export interface BoundsPrivate {
  group: 'nodes' | 'edges';
  position: Point;
  bbCache: unknown;
  bbCachePosKey: number | null;
  styleDirty: boolean;
  source?: { _private: BoundsPrivate };
  target?: { _private: BoundsPrivate };
}

interface Elements {
  length: number;
  [index: number]: { _private: BoundsPrivate } | undefined;
}

export type BoundingBoxMethod = (this: Elements, options?: unknown) => unknown;

// Cytoscape's sdbm hash of rounded integers (hashIntsArray with its default seed).
const SEED = 9261;
const K = 65599;
const step = (hash: number, value: number) => (hash * K + Math.round(value)) | 0;

/** Cytoscape's `getBoundingBoxPosKey`: the hash of a node's rounded position, or of an edge's two ends. */
export function positionKey(p: BoundsPrivate): number {
  if (p.group === 'edges') {
    const s = p.source!._private.position;
    const t = p.target!._private.position;
    return step(step(step(step(SEED, s.x), s.y), t.x), t.y);
  }
  return step(step(SEED, p.position.x), p.position.y);
}

/** `original` (Cytoscape's method) with the valid-cache case of one element answered first. */
export function fastBoundingBox(original: BoundingBoxMethod): BoundingBoxMethod {
  return function boundingBox(this: Elements, options?: unknown) {
    if (options === undefined && this.length === 1) {
      const p = this[0]!._private;
      if (p.bbCache != null && !p.styleDirty && p.bbCachePosKey === positionKey(p)) return p.bbCache;
    }
    return original.call(this, options);
  };
}

const installed = new WeakSet<object>();

/** Installs the fast path on Cytoscape's collection prototype (shared by every instance), once. */
export function installBoundsFastPath(cy: Core): void {
  const proto = Object.getPrototypeOf(cy.collection()) as { boundingBox: BoundingBoxMethod };
  if (installed.has(proto)) return;
  installed.add(proto);
  proto.boundingBox = fastBoundingBox(proto.boundingBox);
}
