import { describe, expect, it } from 'vitest';
import { cytoscapeEdgeId, toCytoscapeJson } from '../../client/src/core/cytoscape-json';
import { edge, node } from './client-fixtures';

describe('client Cytoscape JSON export', () => {
  const nodes = [
    node('vladimir-putin', 'Person', {
      name: 'Vladimir Putin',
      aliases: ['Putin'],
      description: 'President of Russia.',
      properties: { wikidata: 'Q7747', role: 'President' },
    }),
    node('russia', 'Country', { name: 'Russia', description: null }),
  ];
  const edges = [
    edge('vladimir-putin', 'LEADS', 'russia', {
      properties: { role: 'President', status: 'stated' },
      evidence: [
        { source: { id: 's1', title: 'T' }, quote: 'Q' },
        { source: { id: 's2' }, quote: null },
      ],
    }),
  ];
  const sources = {
    s1: { id: 's1', title: 'Title one', url: 'https://example.org', publisher: null, publishedAt: '2024-06-18' },
    s2: { id: 's2', title: null },
  };

  it('writes nodes as documented: id, type, name, label, aliases, description, sources, then properties', () => {
    const json = toCytoscapeJson(nodes, edges, sources, { russia: { x: 10.4, y: -3.6 } });
    expect(json.elements.nodes[0]).toEqual({
      data: {
        id: 'vladimir-putin',
        type: 'Person',
        name: 'Vladimir Putin',
        label: 'Vladimir Putin',
        aliases: ['Putin'],
        description: 'President of Russia.',
        sources: ['s1'],
        wikidata: 'Q7747',
        role: 'President',
      },
    });
    // No description key when absent; positions rounded (Cytoscape ignores them on import).
    expect(json.elements.nodes[1]).toEqual({
      data: { id: 'russia', type: 'Country', name: 'Russia', label: 'Russia', aliases: [], sources: ['s1'] },
      position: { x: 10, y: -4 },
    });
  });

  it('writes edges with <from>--<TYPE>--<to> ids, label = type, evidence and properties', () => {
    const json = toCytoscapeJson(nodes, edges, sources);
    expect(json.elements.edges[0]).toEqual({
      data: {
        id: 'vladimir-putin--LEADS--russia',
        source: 'vladimir-putin',
        target: 'russia',
        type: 'LEADS',
        label: 'LEADS',
        evidence: [{ source: 's1', quote: 'Q' }, { source: 's2' }],
        role: 'President',
        status: 'stated',
      },
    });
    expect(cytoscapeEdgeId({ source: 'a', type: 'T', target: 'b' })).toBe('a--T--b');
  });

  it('lists the sources the evidence cites, with a title even when the API had none', () => {
    const json = toCytoscapeJson(nodes, edges, sources);
    expect(json.data.sources).toEqual([
      { id: 's1', title: 'Title one', url: 'https://example.org', publishedAt: '2024-06-18' },
      { id: 's2', title: 's2' },
    ]);
  });
});
