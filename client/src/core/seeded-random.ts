// A small seeded PRNG, so that the same graph gets the same layout on every load (issue 13,
// "stable pictures"): layouts draw their random numbers from a generator seeded by the graph itself.

/** FNV-1a over the UTF-16 code units: a stable 32-bit hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed that depends only on which nodes and edges there are, not on the order they came in. */
export function graphSeed(nodeIds: readonly string[], edgeIds: readonly string[]): number {
  const sorted = (ids: readonly string[]) => [...ids].sort().join('\n');
  return hashString(`${sorted(nodeIds)}\u0000${sorted(edgeIds)}`);
}
