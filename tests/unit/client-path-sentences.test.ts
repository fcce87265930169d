import { describe, expect, it } from 'vitest';
import { orderPath, pathSentence, pathSteps, stepSentence } from '../../client/src/core/path-sentences';
import { mergeSubgraph, emptyGraphData } from '../../client/src/core/graph-data';
import { edge, node } from './client-fixtures';

const data = mergeSubgraph(emptyGraphData(), {
  nodes: [
    node('leif-eric-easley', 'Person', { name: 'Leif-Eric Easley' }),
    node('ewha', 'Organization', { name: 'Ewha Womans University' }),
    node('seoul', 'Place', { name: 'Seoul' }),
  ],
  edges: [edge('leif-eric-easley', 'AFFILIATED_WITH', 'ewha'), edge('ewha', 'LOCATED_IN', 'seoul')],
});

describe('client path sentences', () => {
  it('orders the edges of a path from its start, whatever order they came in', () => {
    const path = orderPath('leif-eric-easley', 'seoul', [
      data.edges['ewha|LOCATED_IN|seoul']!,
      data.edges['leif-eric-easley|AFFILIATED_WITH|ewha']!,
    ]);
    expect(path).toEqual({
      from: 'leif-eric-easley',
      to: 'seoul',
      nodes: ['leif-eric-easley', 'ewha', 'seoul'],
      edges: ['leif-eric-easley|AFFILIATED_WITH|ewha', 'ewha|LOCATED_IN|seoul'],
    });
  });

  it('returns null when the edges do not chain to the end', () => {
    expect(orderPath('leif-eric-easley', 'nowhere', Object.values(data.edges))).toBeNull();
  });

  it('writes each step and the chain with arrows in the relation direction', () => {
    const path = orderPath('leif-eric-easley', 'seoul', Object.values(data.edges))!;
    const steps = pathSteps(path, data);
    expect(steps.map(stepSentence)).toEqual([
      'Leif-Eric Easley —AFFILIATED_WITH→ Ewha Womans University',
      'Ewha Womans University —LOCATED_IN→ Seoul',
    ]);
    expect(pathSentence(steps)).toBe('Leif-Eric Easley —AFFILIATED_WITH→ Ewha Womans University —LOCATED_IN→ Seoul');
  });

  it('reverses the arrow for relations walked backwards', () => {
    const path = orderPath('seoul', 'leif-eric-easley', Object.values(data.edges))!;
    const steps = pathSteps(path, data);
    expect(steps.map((s) => s.forward)).toEqual([false, false]);
    expect(pathSentence(steps)).toBe('Seoul ←LOCATED_IN— Ewha Womans University ←AFFILIATED_WITH— Leif-Eric Easley');
    expect(pathSentence([])).toBe('');
  });
});
