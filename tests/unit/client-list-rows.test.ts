// The list view's sorting and filtering (issue 13, finding 9).
import { describe, expect, it } from 'vitest';
import { entityMatches, entityRows, relationMatches, relationRows } from '../../client/src/core/list-rows';
import { emptyGraphData, mergeSubgraph } from '../../client/src/core/graph-data';
import { edge, node } from './client-fixtures';

const data = mergeSubgraph(emptyGraphData(), {
  nodes: [
    node('north-korea', 'Country', { name: 'North Korea', degree: 9, aliases: ['Korea Utara'] }),
    node('russia', 'Country', { name: 'Russia', degree: 12 }),
    node('seoul', 'Place', { name: 'Seoul', degree: 1 }),
  ],
  edges: [edge('north-korea', 'NEEDS_ASSISTANCE_FROM', 'russia'), edge('russia', 'LOCATED_IN', 'seoul')],
});
const nodes = Object.values(data.nodes);
const edges = Object.values(data.edges);

describe('client list rows', () => {
  it('sorts entities by name, type or relations, either way', () => {
    expect(entityRows(nodes, { column: 'name', descending: false }).map((n) => n.id)).toEqual(['north-korea', 'russia', 'seoul']);
    expect(entityRows(nodes, { column: 'name', descending: true }).map((n) => n.id)).toEqual(['seoul', 'russia', 'north-korea']);
    expect(entityRows(nodes, { column: 'degree', descending: true }).map((n) => n.id)).toEqual(['russia', 'north-korea', 'seoul']);
  });

  it('writes relations as words and sorts them by any column', () => {
    const rows = relationRows(edges, data, { column: 'relation', descending: false });
    expect(rows.map((r) => r.relation)).toEqual(['is located in', 'needs assistance from']);
    expect(relationRows(edges, data, { column: 'from', descending: true }).map((r) => r.from)).toEqual(['Russia', 'North Korea']);
  });

  it('filters by name, alias, type, relation words or raw type, case-insensitively', () => {
    const korea = data.nodes['north-korea']!;
    expect(entityMatches(korea, 'utara')).toBe(true);
    expect(entityMatches(korea, 'country')).toBe(true);
    expect(entityMatches(korea, 'seoul')).toBe(false);
    const [row] = relationRows(edges, data, { column: 'from', descending: false });
    expect(relationMatches(row!, 'ASSISTANCE')).toBe(true);
    expect(relationMatches(row!, 'needs assistance')).toBe(true);
    expect(relationMatches(row!, 'located')).toBe(false);
    expect(relationMatches(row!, '')).toBe(true);
  });
});
