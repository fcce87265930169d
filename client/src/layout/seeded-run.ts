// fcose (and the cose-base code under it) draws from Math.random and takes no seed. For the same
// graph to get the same picture on every load, a layout runs with Math.random replaced by a PRNG
// seeded by the graph, for the length of one synchronous run only.
import { seededRandom } from '../core/seeded-random';

export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
