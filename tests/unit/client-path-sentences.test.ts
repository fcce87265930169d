import { describe, expect, it } from 'vitest';
import { orderPath, pathSteps, stepSentence } from '../../client/src/core/path-sentences';
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

  it('writes each step as a sentence in words', () => {
    const path = orderPath('leif-eric-easley', 'seoul', Object.values(data.edges))!;
    const steps = pathSteps(path, data);
    expect(steps.map(stepSentence)).toEqual([
      'Leif-Eric Easley is affiliated with Ewha Womans University',
      'Ewha Womans University is located in Seoul',
    ]);
  });

  it('writes relations walked backwards from their own subject (issue 13)', () => {
    const path = orderPath('seoul', 'leif-eric-easley', Object.values(data.edges))!;
    const steps = pathSteps(path, data);
    expect(steps.map((s) => s.forward)).toEqual([false, false]);
    expect(steps.map(stepSentence)).toEqual([
      'Ewha Womans University is located in Seoul',
      'Leif-Eric Easley is affiliated with Ewha Womans University',
    ]);
  });
});
