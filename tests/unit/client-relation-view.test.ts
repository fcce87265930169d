import { describe, expect, it } from 'vitest';
import { displayProperties, groupRelations, otherEnd, sourceLine, statusBadge } from '../../client/src/core/relation-view';
import { emptyGraphData, knownNeighbours, mergeSubgraph, withSources } from '../../client/src/core/graph-data';
import { edge, node } from './client-fixtures';

const end = (id: string) => ({ id, name: id.toUpperCase(), type: 'Person' });
const rel = (from: string, type: string, to: string, properties: Record<string, string> | null = null) => ({
  id: `${from}|${type}|${to}`,
  type,
  from: end(from),
  to: end(to),
  properties,
});

describe('client relation presentation', () => {
  it('groups relations by type and direction, outgoing first', () => {
    const groups = groupRelations('b', [rel('b', 'LEADS', 'c'), rel('a', 'LEADS', 'b'), rel('b', 'KNOWS', 'd'), rel('b', 'LEADS', 'e')]);
    expect(groups.map((g) => [g.title, g.relations.length])).toEqual([
      ['KNOWS →', 1],
      ['LEADS →', 2],
      ['← LEADS', 1],
    ]);
    expect(otherEnd('b', rel('a', 'LEADS', 'b')).id).toBe('a');
  });

  it('badges non-stated relations, naming who claimed or assessed them', () => {
    const names = (id: string) => ({ 'leif-eric-easley': 'Leif-Eric Easley' })[id];
    expect(statusBadge(null, names)).toBeNull();
    expect(statusBadge({ status: 'stated' }, names)).toBeNull();
    expect(statusBadge({ status: 'expected' }, names)).toEqual({ status: 'expected', text: 'expected' });
    expect(statusBadge({ status: 'assessed', claimedBy: 'leif-eric-easley' }, names)).toEqual({
      status: 'assessed',
      text: 'assessed by Leif-Eric Easley',
    });
    expect(statusBadge({ status: 'claimed', claimedBy: 'unknown-person' }, names)?.text).toBe('claimed by unknown-person');
  });

  it('lists other properties sorted, joining arrays, without status and claimedBy', () => {
    expect(displayProperties({ status: 'claimed', claimedBy: 'x', role: 'President', tags: ['a', 'b'], count: 2 })).toEqual([
      ['count', '2'],
      ['role', 'President'],
      ['tags', 'a, b'],
    ]);
    expect(sourceLine({ id: 's', publisher: 'Konteks.co.id', publishedAt: '2024-06-18' })).toBe('Konteks.co.id · 2024-06-18');
    expect(sourceLine({ id: 's' })).toBe('');
  });
});

describe('client graph data cache', () => {
  it('merges without mutating, collecting the sources evidence cites', () => {
    const empty = emptyGraphData();
    const data = mergeSubgraph(empty, { nodes: [node('a'), node('b')], edges: [edge('a', 'KNOWS', 'b')] });
    expect(empty.nodes).toEqual({});
    expect(Object.keys(data.nodes)).toEqual(['a', 'b']);
    expect(data.sources.s1).toEqual({ id: 's1', title: 'Source one' });
    expect(withSources(data, [{ id: 's9', title: 'Nine' }]).sources.s9?.title).toBe('Nine');
    expect(knownNeighbours(data, 'a')).toEqual(['b']);
  });
});
