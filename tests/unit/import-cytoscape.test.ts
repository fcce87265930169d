// Cytoscape.js JSON → seed: both element shapes, Cytoscape's own keys ignored, errors located in
// the Cytoscape document.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cytoscapeToSeed, isCytoscapeJson } from '../../server/import/formats/cytoscape-convert';
import { prepareSeed } from '../../server/import/validate/prepare';
import { formatError } from '../../server/import/report';

const flat = JSON.parse(readFileSync('tests/fixtures/cytoscape/explorer-flat.json', 'utf8')) as Record<string, unknown>;

describe('cytoscapeToSeed', () => {
  it('recognises Cytoscape JSON by its elements key', () => {
    expect(isCytoscapeJson(flat)).toBe(true);
    expect(isCytoscapeJson({ version: 1, entities: [] })).toBe(false);
  });

  it('reads a flat element array: group or source/target decides nodes and edges; label stands in for name and type', () => {
    const converted = cytoscapeToSeed(flat);
    expect(converted.errors).toEqual([]);
    expect(converted.file).toEqual({
      version: 1,
      sources: [{ id: 'fixture-2024-03-01-flat-export', title: 'Test fixture: flat Cytoscape export', language: 'en' }],
      entities: [
        { id: 'hanoi', type: 'Place', name: 'Hanoi', aliases: ['Hà Nội'], properties: { wikidata: 'Q1858' } },
        { id: 'vietnam', type: 'Country', name: 'Vietnam', aliases: [], properties: { wikidata: 'Q881', population: 100300000 } },
        {
          id: 'to-lam',
          type: 'Person',
          name: 'Tô Lâm',
          aliases: ['To Lam'],
          description: 'Leader of Vietnam.',
          properties: { tags: ['leader', 'party'] },
        },
      ],
      relations: [
        { type: 'LOCATED_IN', from: 'hanoi', to: 'vietnam', evidence: [{ source: 'fixture-2024-03-01-flat-export' }], properties: {} },
        {
          type: 'LEADS',
          from: 'to-lam',
          to: 'vietnam',
          evidence: [{ source: 'fixture-2024-03-01-flat-export', quote: 'Tô Lâm leads Vietnam.' }],
          properties: { since: 2024, acting: false },
        },
      ],
    });
    expect(prepareSeed(flat, 'cytoscape').ok).toBe(true);
  });

  it('reads the {nodes, edges} shape', () => {
    const doc = {
      elements: {
        nodes: [{ data: { id: 'a', type: 'Person', label: 'A' } }, { data: { id: 'b', type: 'Person', name: 'B' } }],
        edges: [{ data: { source: 'a', target: 'b', type: 'MEETS' } }],
      },
    };
    const result = prepareSeed(doc, 'cytoscape');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.prepared.seed.relations).toEqual([{ type: 'MEETS', from: 'a', to: 'b', properties: {}, evidence: [] }]);
  });

  const errorsOf = (doc: unknown) => {
    const result = prepareSeed(doc, 'cytoscape');
    return result.ok ? [] : result.errors.map(formatError);
  };

  it.each([
    ['no elements', { nodes: [] }, ['(root): not Cytoscape.js JSON: expected an object with "elements"']],
    ['elements of the wrong kind', { elements: 'x' }, ['elements: must be an object {nodes, edges} or an array of elements']],
    ['an element without data', { elements: [{ group: 'nodes' }] }, ['elements[0].data: must be an object']],
    [
      'an unknown group',
      { elements: [{ group: 'parents', data: { id: 'a' } }] },
      ['elements[0].group: "parents" is not "nodes" or "edges"'],
    ],
    [
      'a node without name or label',
      { elements: { nodes: [{ data: { id: 'a', type: 'Person' } }] } },
      ['elements.nodes[0].data.label: is required'],
    ],
    [
      'a bad property key',
      { elements: { nodes: [{ data: { id: 'a', type: 'Person', name: 'A', _x: 1 } }] } },
      ['elements.nodes[0].data._x: "_x" is not a valid property key (a letter, then letters, digits or _, at most 64)'],
    ],
    [
      'a bad edge type',
      {
        elements: {
          nodes: [{ data: { id: 'a', type: 'Person', name: 'A' } }],
          edges: [{ data: { source: 'a', target: 'a', label: 'knows' } }],
        },
      },
      ['elements.edges[0].data.label: "knows" is not an UPPER_SNAKE relation type (e.g. "LOCATED_IN"; at most 50)'],
    ],
    [
      'a missing edge target',
      { elements: { nodes: [{ data: { id: 'a', type: 'Person', name: 'A' } }], edges: [{ data: { source: 'a', type: 'MEETS' } }] } },
      ['elements.edges[0].data.target: is required'],
    ],
    [
      'bad evidence',
      {
        elements: {
          nodes: [{ data: { id: 'a', type: 'Person', name: 'A' } }],
          edges: [{ data: { source: 'a', target: 'a', type: 'MEETS', evidence: [{ quote: 'q' }] } }],
        },
      },
      ['elements.edges[0].data.evidence[0].source: is required'],
    ],
    ['a bad source', { data: { sources: [{ id: 's' }] }, elements: [] }, ['data.sources[0].title: is required']],
  ])('reports %s where it is in the Cytoscape document', (_name, doc, expected) => {
    expect(errorsOf(doc)).toEqual(expected);
  });

  it('locates an unknown endpoint at the edge target', () => {
    const result = prepareSeed(
      {
        elements: {
          nodes: [{ data: { id: 'a', type: 'Person', name: 'A' } }],
          edges: [{ data: { source: 'a', target: 'zed', type: 'MEETS' } }],
        },
      },
      'cytoscape',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [path] = result.prepared.references.entities.get('zed') ?? [];
    expect(formatError(result.prepared.locate({ path: path ?? '', message: 'unknown entity "zed"' }))).toBe(
      'elements.edges[0].data.target: unknown entity "zed"',
    );
  });
});
