// Which stored positions a first drawing shows at once (core/stored-positions.ts): the file's,
// else the server's layout, from one source only, when it covers at least 90 % of the nodes.
import { describe, expect, it } from 'vitest';
import { storedPositions } from '../../client/src/core/stored-positions';

const node = (id: string, position: { x: number; y: number } | null, layout: { x: number; y: number } | null) => ({ id, position, layout });
const many = (count: number, make: (i: number) => ReturnType<typeof node>) => Array.from({ length: count }, (_, i) => make(i));

describe('storedPositions', () => {
  it("uses the server's layout when every node has one", () => {
    const nodes = many(20, (i) => node(`n${i}`, null, { x: i, y: -i }));
    const stored = storedPositions(nodes);
    expect(stored?.source).toBe('layout');
    expect(stored?.positions.get('n7')).toEqual({ x: 7, y: -7 });
    expect(stored?.positions.size).toBe(20);
  });

  it("prefers the imported file's positions, never mixing the two", () => {
    const nodes = many(20, (i) => node(`n${i}`, i < 19 ? { x: 100 + i, y: 0 } : null, { x: i, y: i }));
    const stored = storedPositions(nodes);
    expect(stored?.source).toBe('file');
    expect(stored?.positions.get('n3')).toEqual({ x: 103, y: 0 });
    // The one node without a file position is left to be placed near its neighbours.
    expect(stored?.positions.has('n19')).toBe(false);
  });

  it('accepts a view where at least 90 % of the nodes have a position', () => {
    expect(storedPositions(many(20, (i) => node(`n${i}`, null, i < 18 ? { x: i, y: 0 } : null)))?.positions.size).toBe(18);
    expect(storedPositions(many(20, (i) => node(`n${i}`, null, i < 17 ? { x: i, y: 0 } : null)))).toBeUndefined();
  });

  it('has nothing for a view without positions, or without nodes', () => {
    expect(storedPositions(many(5, (i) => node(`n${i}`, null, null)))).toBeUndefined();
    expect(storedPositions([])).toBeUndefined();
  });
});
