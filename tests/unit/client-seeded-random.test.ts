import { describe, expect, it } from 'vitest';
import { graphSeed, hashString, seededRandom } from '../../client/src/core/seeded-random';
import { withSeededRandom } from '../../client/src/layout/seeded-run';

describe('seeded random numbers for stable layouts', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    for (const x of take(123)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('seeds from which nodes and edges there are, not their order', () => {
    expect(graphSeed(['b', 'a'], ['e2', 'e1'])).toBe(graphSeed(['a', 'b'], ['e1', 'e2']));
    expect(graphSeed(['a', 'b'], ['e1'])).not.toBe(graphSeed(['a', 'b'], ['e2']));
    expect(graphSeed(['ab'], [])).not.toBe(graphSeed(['a', 'b'], []));
    expect(hashString('')).toBe(0x811c9dc5);
  });

  it('replaces Math.random only while the work runs, also when it throws', () => {
    const original = Math.random;
    const inside = withSeededRandom(42, () => [Math.random(), Math.random()]);
    expect(inside).toEqual(Array.from({ length: 2 }, seededRandom(42)));
    expect(() =>
      withSeededRandom(1, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Math.random).toBe(original);
  });
});
