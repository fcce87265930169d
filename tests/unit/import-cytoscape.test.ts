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
        { id: 'hanoi', type: 'Place', name: 'Hanoi', aliases: ['Hà Nội'], properties: { wikidata: 'Q1858' }, position: { x: 1, y: 2 } },
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
    ['no elements', { nodes: [] }, ['(root): not Cytoscape JSON: expected an object with "elements", or an array of elements']],
    ['elements of the wrong kind', { elements: 'x' }, ['elements: must be an object {nodes, edges} or an array of elements']],
    ['an element without data', { elements: [{ group: 'nodes' }] }, ['elements[0].data: must be an object']],
    [
      'an unknown group',
      { elements: [{ group: 'parents', data: { id: 'a' } }] },
      ['elements[0].group: "parents" is not "nodes" or "edges"'],
    ],
    [
      'nodes without anything to make an id of',
      { elements: { nodes: [{ data: { type: 'Person' } }, { data: { name: '東京' } }] } },
      [
        'elements.nodes[0].data: 2 nodes have neither a name nor an id with letters a–z or digits to make an id of, e.g. elements.nodes[0].data, elements.nodes[1].data',
      ],
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
          edges: [{ data: { source: 'a', target: 'a', label: '知道' } }],
        },
      },
      ['elements.edges[0].data.label: "知道" is not an UPPER_SNAKE relation type (e.g. "LOCATED_IN"; at most 50)'],
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

  it('locates an unknown endpoint of the explorer export at the edge target (it may be in the database)', () => {
    const result = prepareSeed(
      {
        data: { sources: [] },
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

const FORMATS = 'tests/fixtures/formats';
const fixture = (path: string) => JSON.parse(readFileSync(`${FORMATS}/${path}`, 'utf8')) as unknown;

/** A seed as the loader normalises it, order of keys and list items aside. */
function comparable(seed: { sources?: unknown[]; entities?: unknown[]; relations?: unknown[] }) {
  type Item = Record<string, unknown>;
  const entities = (seed.entities as Item[]).map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: [...((e.aliases as string[] | undefined) ?? [])].sort(),
    properties: e.properties ?? {},
  }));
  const relations = (seed.relations as Item[]).map((r) => ({
    key: `${String(r.from)}|${String(r.type)}|${String(r.to)}`,
    properties: r.properties ?? {},
    evidence: r.evidence ?? [],
  }));
  return {
    sources: seed.sources ?? [],
    entities: entities.sort((a, b) => String(a.id).localeCompare(String(b.id))),
    relations: relations.sort((a, b) => a.key.localeCompare(b.key)),
  };
}

describe('Cytoscape files made by other tools (tests/fixtures/formats)', () => {
  it.each([
    [
      'Cytoscape desktop .cyjs',
      'cytoscape-desktop/konteks-putin-pyongyang.cyjs',
      'cytoscape-desktop/konteks-putin-pyongyang.expected.json',
    ],
    ['a bare element array', 'cytoscape-js-elements/konteks-elements.json', 'cytoscape-js-elements/konteks-elements.expected.json'],
    ['cy.json()', 'cytoscape-js-cy-json/konteks-cy.json', 'cytoscape-js-cy-json/konteks-cy.expected.json'],
  ])('converts %s into its expected graph', (_name, file, expected) => {
    const input = fixture(file);
    expect(isCytoscapeJson(input)).toBe(true);
    const result = prepareSeed(input, 'cytoscape');
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
    if (result.ok) expect(comparable(result.prepared.seed)).toEqual(comparable(fixture(expected) as never));
  });

  it('notes every mapping rule that applied to a desktop export', () => {
    expect(cytoscapeToSeed(fixture('cytoscape-desktop/konteks-putin-pyongyang.cyjs')).notes).toEqual([
      'default entity type "Node" (15 nodes)',
      'kept: node positions (the initial layout) (15 nodes)',
      'list-valued names: the first item is the name, the rest aliases (2 nodes)',
      'ids: the slug of the name (15 nodes)',
      'mapped: interaction → relation type (19 edges)',
      'relation types normalised to UPPER_SNAKE (19 edges)',
      'merged: parallel edges (same source, type and target) into one relation (2 edges)',
      'dropped: shared_name, SUID, selected, edge name, shared_interaction',
      'dropped: null values (29 values)',
      'dropped: element selected',
    ]);
  });

  it('notes label → name, default types and element state for cytoscape.js files', () => {
    expect(cytoscapeToSeed(fixture('cytoscape-js-elements/konteks-elements.json')).notes).toEqual([
      'mapped: label → name (11 nodes)',
      'kept: node positions (the initial layout) (2 nodes)',
      'default entity type "Node" (2 nodes)',
      'ids: the slug of the name (11 nodes)',
      'mapped: label → relation type (8 edges)',
      'relation types normalised to UPPER_SNAKE (8 edges)',
      'default relation type "RELATED_TO" (1 edge)',
      'dropped: element classes',
    ]);
  });

  it("keeps each node's position from the file (the explorer's initial layout), and only a valid {x, y}", () => {
    const desktop = fixture('cytoscape-desktop/konteks-putin-pyongyang.cyjs') as { elements: { nodes: { position: unknown }[] } };
    const converted = cytoscapeToSeed(desktop);
    expect(converted.errors).toEqual([]);
    const entities = (converted.file as { entities: { position?: unknown }[] }).entities;
    expect(entities.map((entity) => entity.position)).toEqual(desktop.elements.nodes.map((node) => node.position));
    const odd = cytoscapeToSeed([
      { data: { id: 'a', name: 'A' }, position: { x: 'left', y: 2 } },
      { data: { id: 'b', name: 'B' }, position: { x: 3.5, y: -4 } },
    ]);
    expect((odd.file as { entities: { position?: unknown }[] }).entities.map((entity) => entity.position)).toEqual([
      undefined,
      { x: 3.5, y: -4 },
    ]);
    expect(odd.notes).toContain('dropped: element position');
  });

  it('takes the type from a column (PascalCase), else the renamed default', () => {
    const doc = {
      elements: {
        nodes: [{ data: { id: '1', name: 'TP53', kind: 'protein coding' } }, { data: { id: '2', name: 'MDM2', kind: null } }],
      },
    };
    const converted = cytoscapeToSeed(doc, { typeFrom: 'kind', defaultType: 'Gene' });
    expect(converted.file).toMatchObject({
      entities: [
        { id: 'tp53', type: 'ProteinCoding', name: 'TP53', properties: {} },
        { id: 'mdm2', type: 'Gene', name: 'MDM2', properties: {} },
      ],
    });
    expect(converted.notes).toEqual(expect.arrayContaining(['mapped: kind → entity type (1 node)', 'default entity type "Gene" (1 node)']));
  });

  it("keeps two nodes of one name apart by appending the file's id", () => {
    const doc = [
      { data: { id: '7', name: 'Kim' } },
      { data: { id: '9', name: 'Kim' } },
      { data: { source: '7', target: '9', interaction: 'pp' } },
    ];
    expect(cytoscapeToSeed(doc).file).toMatchObject({
      entities: [{ id: 'kim-7' }, { id: 'kim-9' }],
      relations: [{ from: 'kim-7', type: 'PP', to: 'kim-9' }],
    });
  });

  it('refuses parallel edges that disagree on a property, rather than picking one', () => {
    const doc = [
      { data: { id: 'a', name: 'A' } },
      { data: { id: 'b', name: 'B' } },
      { data: { source: 'a', target: 'b', interaction: 'meets', weight: 1 } },
      { data: { source: 'a', target: 'b', interaction: 'meets', weight: 2 } },
    ];
    expect(cytoscapeToSeed(doc).errors.map(formatError)).toEqual([
      '[3].data.weight: a parallel edge (same source, type and target) has another "weight": 1 and 2 cannot be one relation',
    ]);
  });

  it('reports one error per kind with the count and the first three paths', () => {
    const nodes = Array.from({ length: 943 }, (_, i) => ({ data: { id: String(i), name: `Station ${i}`, 'line name': 'Red' } }));
    const edges = [
      { data: { source: '0', target: 'Gone Station', interaction: 'next' } },
      { data: { source: '1', target: 'Gone Station', interaction: 'next' } },
    ];
    const result = prepareSeed({ elements: { nodes, edges } }, 'cytoscape');
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([
      'elements.edges[0].data.target: 2 edges point at the missing node "Gone Station", e.g. elements.edges[0].data.target, elements.edges[1].data.target',
      'elements.nodes[0].data.line name: "line name" is not a valid property key (a letter, then letters, digits or _, at most 64) (943 times, e.g. elements.nodes[0].data.line name, elements.nodes[1].data.line name, elements.nodes[2].data.line name)',
    ]);
  });
});
