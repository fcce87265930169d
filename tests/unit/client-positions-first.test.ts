// A big first drawing without stored positions waits for the worker's positions
// (client/src/views/positions-first.ts): which drawings take that path, and what a sync during the
// wait does. The runner here records what it is asked (the worker's side is tested in
// client-layout-compute-for.test.ts).
import { describe, expect, it } from 'vitest';
import type { LayoutName } from '../../client/src/core/types';
import type { VisibleGraph } from '../../client/src/core/visible';
import type { LayoutRequest } from '../../client/src/layout/layout-messages';
import { WORKER_THRESHOLD } from '../../client/src/layout/layout-options';
import type { LayoutRunner } from '../../client/src/layout/layout-runner';
import { PositionsFirst, positionsFirst } from '../../client/src/views/positions-first';
import { edge, node } from './client-fixtures';

const graph = (count: number, withEdge = true): VisibleGraph => {
  const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`, 'Person', { degree: i % 4 }));
  return { nodes, edges: withEdge ? [edge('n0', 'KNOWS', 'n1')] : [] };
};
const big = graph(WORKER_THRESHOLD + 1);
const fcose = { layout: 'fcose' as LayoutName, layoutRequest: 0 };

describe('positionsFirst', () => {
  it('takes a big first drawing laid out with fcose, not a small one or another layout', () => {
    expect(positionsFirst(big, fcose, null, new Map())).toBe(true);
    expect(positionsFirst(graph(WORKER_THRESHOLD), fcose, null, new Map())).toBe(false);
    expect(positionsFirst(big, { ...fcose, layout: 'circle' }, null, new Map())).toBe(false);
  });

  it('leaves a graph whose nodes all have remembered positions under the layout already shown to the canvas', () => {
    const remembered = new Map(big.nodes.map((n, i) => [n.id, { x: i, y: 0 }]));
    expect(positionsFirst(big, fcose, { name: 'fcose', request: 0 }, remembered)).toBe(false);
    expect(positionsFirst(big, fcose, { name: 'fcose', request: 1 }, remembered)).toBe(true);
    remembered.delete('n3');
    expect(positionsFirst(big, fcose, { name: 'fcose', request: 0 }, remembered)).toBe(true);
  });
});

describe('PositionsFirst', () => {
  function setup() {
    const asked: Omit<LayoutRequest, 'id'>[] = [];
    const answers: ((positions: Record<string, { x: number; y: number }>) => void)[] = [];
    let cancels = 0;
    // Only computeFor and cancel are used by PositionsFirst.
    const runner = {
      computeFor: (
        _name: LayoutName,
        request: Omit<LayoutRequest, 'id'>,
        onFirst: (p: Record<string, { x: number; y: number }>) => void,
      ) => {
        asked.push(request);
        answers.push(onFirst);
      },
      cancel: () => cancels++,
    } as unknown as LayoutRunner;
    const progress: (string | null)[] = [];
    const drawn: { visible: VisibleGraph; options: typeof fcose }[] = [];
    const first = new PositionsFirst<typeof fcose>(
      runner,
      (text) => progress.push(text),
      (visible, options) => drawn.push({ visible, options }),
    );
    return { first, asked, answers, progress, drawn, cancels: () => cancels };
  }

  it('asks once, shows progress, and hands the positions over for the newest options of the same graph', () => {
    const { first, asked, answers, progress, drawn } = setup();
    first.start(big, fcose);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.nodes).toHaveLength(big.nodes.length);
    expect(progress).toEqual([`Laying out ${big.nodes.length} entities…`]);
    // The same graph, as another object (the store re-derived it), with newer options: waits on.
    const same: VisibleGraph = { nodes: [...big.nodes].reverse(), edges: [...big.edges] };
    expect(first.keep(same, { ...fcose, layoutRequest: 1 }, true)).toBe(true);
    expect(asked).toHaveLength(1);
    answers[0]!({ n0: { x: 1, y: 2 } });
    expect(progress.at(-1)).toBeNull();
    expect(drawn).toEqual([{ visible: same, options: { ...fcose, layoutRequest: 1 } }]);
    const drawing = first.take(same);
    expect(drawing?.computed).toBe(true);
    expect(drawing?.stored.positions.get('n0')).toEqual({ x: 1, y: 2 });
    expect(first.take(same)).toBeUndefined(); // once
    expect(first.keep(same, fcose, true)).toBe(false); // nothing waits any more
  });

  it('drops the wait for another graph, another layout or another canvas', () => {
    for (const [visible, options, sameCanvas] of [
      [graph(WORKER_THRESHOLD + 1, false), fcose, true],
      [big, { ...fcose, layout: 'grid' as LayoutName }, true],
      [big, fcose, false],
    ] as const) {
      const { first, answers, drawn, progress, cancels } = setup();
      first.start(big, fcose);
      expect(first.keep(visible, options, sameCanvas)).toBe(false);
      expect(cancels()).toBe(1);
      expect(progress.at(-1)).toBeNull();
      answers[0]!({ n0: { x: 1, y: 2 } }); // a late answer draws nothing
      expect(drawn).toEqual([]);
      expect(first.take(big)).toBeUndefined();
    }
  });
});
