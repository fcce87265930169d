// What the legend and the filter panel list: computed in core/, not in the views.
import { describe, expect, it } from 'vitest';
import { citeSources, emptyGraphData, mergeSubgraph, withSources } from '../../client/src/core/graph-data';
import { filterOptions, typeCounts } from '../../client/src/core/panel-data';
import { chainData, edge, node } from './client-fixtures';

describe('typeCounts', () => {
  it('counts the loaded entities per type', () => {
    expect(typeCounts(chainData())).toEqual([
      ['Person', 8],
      ['Organization', 2],
    ]);
  });

  it('lists the core types first in style order, then other types alphabetically', () => {
    const nodes = [
      node('z', 'Zeppelin'),
      node('w', 'Weapon'),
      node('e', 'Event'),
      node('p', 'Person'),
      node('c', 'Country'),
      node('w2', 'Weapon'),
    ];
    expect(typeCounts(mergeSubgraph(emptyGraphData(), { nodes, edges: [] }))).toEqual([
      ['Person', 1],
      ['Country', 1],
      ['Event', 1],
      ['Weapon', 2],
      ['Zeppelin', 1],
    ]);
  });

  it('is empty when nothing is loaded', () => {
    expect(typeCounts(emptyGraphData())).toEqual([]);
  });
});

describe('filterOptions', () => {
  it('lists each relation type once, sorted', () => {
    expect(filterOptions(chainData()).relationTypes).toEqual(['KNOWS', 'LEADS', 'MEMBER_OF']);
  });

  it('sorts the sources by title, or by id when untitled', () => {
    const data = withSources(mergeSubgraph(emptyGraphData(), { nodes: [], edges: [edge('a', 'KNOWS', 'b')] }), [
      { id: 'b-untitled' },
      { id: 's9', title: 'Alpha' },
      { id: 's0', title: 'Zulu' },
    ]);
    expect(filterOptions(data).sources.map((s) => s.id)).toEqual(['s9', 'b-untitled', 's1', 's0']);
  });
});

describe('citeSources', () => {
  it("gives an overview edge's evidence the Sources answer's source, and keeps one that answer lacks", () => {
    const cited = edge('a', 'KNOWS', 'b', {
      evidence: [
        { source: { id: 's1' }, quote: 'q' },
        { source: { id: 'gone' }, quote: null },
      ],
    });
    const sub = citeSources({ nodes: [], edges: [cited], truncated: true }, [{ id: 's1', title: 'One', publisher: 'P' }]);
    expect(sub.truncated).toBe(true);
    expect(sub.edges[0]?.evidence).toEqual([
      { source: { id: 's1', title: 'One', publisher: 'P' }, quote: 'q' },
      { source: { id: 'gone' }, quote: null },
    ]);
    expect(cited.evidence[0]?.source).toEqual({ id: 's1' }); // the input is not changed
  });
});
