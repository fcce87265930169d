// Argument checks, cursors and the batch loader of the GraphQL layer.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countArg, entityTypesArg, relationTypesArg } from '../../server/graphql/args';
import { Batcher } from '../../server/graphql/batcher';
import { decodeCursor, encodeCursor } from '../../server/graphql/cursor';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  throw new Error('did not throw');
};

describe('argument checks', () => {
  it('rejects counts below 1, clamps above the cap, defaults when absent', () => {
    expect(fieldOf(() => countArg(0, 'limit', 20, 100))).toEqual({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(fieldOf(() => countArg(-5, 'depth', 1, 3))).toMatchObject({ field: 'depth' });
    expect(countArg(1000, 'limit', 20, 100)).toBe(100);
    expect(countArg(null, 'limit', 20, 100)).toBe(20);
    expect(countArg(7, 'limit', 20, 100)).toBe(7);
  });

  it('validates type names, and treats an empty list as no filter', () => {
    expect(entityTypesArg(['Person', 'Person', 'Country'])).toEqual(['Person', 'Country']);
    expect(entityTypesArg([])).toBeNull();
    expect(fieldOf(() => entityTypesArg(['Person', 'person']))).toEqual({ code: 'BAD_USER_INPUT', field: 'types' });
    expect(relationTypesArg(['LEADS'])).toEqual(['LEADS']);
    expect(fieldOf(() => relationTypesArg(['LEADS`]-()'], 'relationTypes'))).toMatchObject({ field: 'relationTypes' });
  });
});

describe('cursors', () => {
  it('round-trip ids and reject anything else', () => {
    expect(decodeCursor(encodeCursor('north-korea'))).toBe('north-korea');
    for (const bad of ['', 'north-korea', '!!!', Buffer.from('other:x').toString('base64url'), encodeCursor('')]) {
      expect(fieldOf(() => decodeCursor(bad))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});

describe('Batcher', () => {
  it('sends the keys asked for in one tick as one batch, each key once, and caches', async () => {
    const batches: string[][] = [];
    const batcher = new Batcher<string>(async (keys) => {
      batches.push(keys);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()]));
    });
    const results = await Promise.all(['a', 'b', 'a', 'missing'].map((k) => batcher.load(k)));
    expect(results).toEqual(['A', 'B', 'A', undefined]);
    expect(batches).toEqual([['a', 'b', 'missing']]);
    // Keys asked for after promise hops still join one batch, and cached keys are not asked again.
    const later = await Promise.all([
      Promise.resolve().then(() => batcher.load('c')),
      Promise.resolve()
        .then(() => Promise.resolve())
        .then(() => batcher.load('d')),
      batcher.load('a'),
    ]);
    expect(later).toEqual(['C', 'D', 'A']);
    expect(batches).toEqual([
      ['a', 'b', 'missing'],
      ['c', 'd'],
    ]);
  });

  it('rejects every waiting load when the batch fails, and retries later', async () => {
    let fail = true;
    const batcher = new Batcher<number>(async (keys) => {
      if (fail) throw new Error('down');
      return new Map(keys.map((k) => [k, k.length]));
    });
    await expect(Promise.all([batcher.load('x'), batcher.load('yy')])).rejects.toThrow('down');
    fail = false;
    expect(await batcher.load('yy')).toBe(2);
  });
});
