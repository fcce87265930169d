// cost.ts weighs a document once per value of the variables that can change its cost (list sizes,
// directives); the id of a neighbourhood cannot, so the explorer's requests share one weighing.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CostCache, costVariables } from '../../server/graphql/cost-cache';
import { buildSchema } from '../../server/graphql/schema';

const SIZE_ARGS = new Set(['limit', 'first']);
const schema = buildSchema();

describe('costVariables', () => {
  it('names the variables inside size arguments and directives, not the others', () => {
    const document = parse(`query($id: ID!, $n: Int, $m: Int, $show: Boolean!, $q: String!) {
      neighborhood(id: $id, limit: $n) { nodes { id relations(limit: $m) @include(if: $show) { id } } }
      search(query: $q) { score }
    }`);
    expect(costVariables(document, SIZE_ARGS).sort()).toEqual(['m', 'n', 'show']);
  });

  it('finds them in fragments too', () => {
    const document = parse('query($n: Int) { ...F } fragment F on Query { search(query: "a", limit: $n) { score } }');
    expect(costVariables(document, SIZE_ARGS)).toEqual(['n']);
  });
});

describe('CostCache', () => {
  const document = parse('query($id: ID!, $n: Int) { neighborhood(id: $id, limit: $n) { nodes { id } } }');
  const weighing = () => {
    const calls: unknown[] = [];
    const cache = new CostCache(SIZE_ARGS, 1_000);
    const cost = (variables: Record<string, unknown>, value = 10, operationName?: string) =>
      cache.get(schema, document, operationName, variables, () => {
        calls.push(variables);
        return value;
      });
    return { calls, cost };
  };

  it('weighs a document once for any id, again for another limit', () => {
    const { calls, cost } = weighing();
    expect(cost({ id: 'a', n: 5 }, 10)).toBe(10);
    expect(cost({ id: 'b', n: 5 }, 99)).toBe(10);
    expect(cost({ id: 'c', n: 6 }, 12)).toBe(12);
    expect(calls).toHaveLength(2);
  });

  it('tells an omitted variable (its default applies) from one given as null, and operations apart', () => {
    const { calls, cost } = weighing();
    cost({ id: 'a' });
    cost({ id: 'a', n: null });
    cost({ id: 'a' }, 10, 'Other');
    expect(calls).toHaveLength(3);
  });

  it('weighs a refused operation every time, and caches nothing when weighing throws', () => {
    const { calls, cost } = weighing();
    expect(cost({ id: 'a', n: 5 }, 5_000)).toBe(5_000);
    expect(cost({ id: 'a', n: 5 }, 5_000)).toBe(5_000);
    expect(calls).toHaveLength(2);
    const cache = new CostCache(SIZE_ARGS, 1_000);
    const failing = () => {
      throw new Error('bad variables');
    };
    expect(() => cache.get(schema, document, undefined, { n: 'x' }, failing)).toThrow('bad variables');
    expect(cache.get(schema, document, undefined, { n: 'x' }, () => 7)).toBe(7);
  });

  it('keeps no entry for a big variable value: a request body must not stay in memory', () => {
    const { calls, cost } = weighing();
    const big = 'x'.repeat(10_000);
    cost({ id: 'a', n: big });
    cost({ id: 'a', n: big });
    expect(calls).toHaveLength(2);
  });
});
