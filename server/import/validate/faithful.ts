// Values the loader cannot store as given are refused, never "fixed" (docs/seed-format.md,
// "Limits"): nesting deeper than MAX_NESTING_DEPTH, numbers that are not finite or are integers
// beyond ±(2^53−1) (a double cannot hold them exactly), and strings or keys with lone surrogates.
// The walk is iterative and stops descending at the limit, so no depth of input can overflow the
// stack here or in anything that runs after it (schema check, error messages).
import { formatPath, type PathSegment } from '../formats/json-path';
import { loneSurrogateIndex, loneSurrogateMessage } from '../../domain/text-checks';
import type { ImportError } from '../types';

/** Deepest nesting of objects and arrays a seed input may have (a seed needs about 6). */
export const MAX_NESTING_DEPTH = 32;
/** Stop after this many problems: a broken file would otherwise list every value. */
const MAX_ERRORS = 50;

export function numberProblem(value: number): string | undefined {
  if (!Number.isFinite(value)) return 'is too large for a number (beyond ±1.8e308); write it as a string';
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return 'is beyond ±9007199254740991 (2^53−1), the largest integer stored exactly; write it as a string';
  }
  return undefined;
}

export function checkFaithful(input: unknown): ImportError[] {
  const errors: ImportError[] = [];
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: input, path: [] }];
  while (stack.length && errors.length < MAX_ERRORS) {
    const { value, path } = stack.pop() as { value: unknown; path: PathSegment[] };
    const at = () => formatPath(path);
    if (typeof value === 'number') {
      const problem = numberProblem(value);
      if (problem) errors.push({ path: at(), message: problem });
    } else if (typeof value === 'string') {
      const index = loneSurrogateIndex(value);
      if (index !== -1) errors.push({ path: at(), message: `${loneSurrogateMessage(value, index)} at character ${index + 1}` });
    } else if (typeof value === 'object' && value !== null) {
      if (path.length >= MAX_NESTING_DEPTH) {
        errors.push({ path: at(), message: `nesting is deeper than ${MAX_NESTING_DEPTH} levels, the limit for seed input` });
        continue;
      }
      const entries: [PathSegment, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i] as [PathSegment, unknown];
        if (typeof key === 'string' && loneSurrogateIndex(key) !== -1) {
          errors.push({ path: at(), message: `a key has a ${loneSurrogateMessage(key, loneSurrogateIndex(key))}` });
          continue;
        }
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return errors;
}
