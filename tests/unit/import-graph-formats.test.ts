// GraphML (APOC) and GEXF (Gephi) → seed, compared with the expected graph next to each fixture;
// typed values are refused rather than rounded, and broken XML is located by line and column.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gexfToSeed } from '../../server/import/formats/gexf-convert';
import { graphmlToSeed } from '../../server/import/formats/graphml-convert';
import { prepareSeed } from '../../server/import/validate/prepare';
import { canonical } from '../helpers/round-trip';

const fixture = (path: string) => readFileSync(`tests/fixtures/formats/${path}`, 'utf8');
const expected = (folder: string) => JSON.parse(fixture(`${folder}/konteks.expected.json`)) as Record<string, unknown>;

describe('GraphML import', () => {
  it('reads the APOC export as the expected graph: labels → type, label → relation type, lists, typed values, 1 merge', () => {
    const converted = graphmlToSeed(fixture('neo4j-apoc-graphml/konteks.graphml'));
    expect(converted.errors).toEqual([]);
    expect(canonical(converted.file)).toEqual(canonical(expected('neo4j-apoc-graphml')));
    expect(converted.notes).toEqual(
      expect.arrayContaining([
        'entity id: slug of the name (12 nodes)',
        'mapped: label → relation type (14 edges)',
        'merged: 1 parallel edges of one (from, type, to)',
        'mapped: labels other than Entity → entity type (APOC)',
      ]),
    );
    const prepared = prepareSeed(fixture('neo4j-apoc-graphml/konteks.graphml'), 'graphml');
    expect(prepared.ok).toBe(true);
  });

  it('refuses an integer beyond 2^53 and a non-boolean, naming node and key, and locates broken XML', () => {
    const big = fixture('neo4j-apoc-graphml/konteks.graphml')
      .replace('<data key="population">3255288</data>', '<data key="population">9007199254740993</data>')
      .replace('<data key="stateOwned">true</data>', '<data key="stateOwned">yes</data>');
    expect(graphmlToSeed(big).errors).toEqual([
      { path: 'node[n5].population', message: expect.stringContaining('beyond ±9007199254740991') },
      { path: 'node[n12].stateOwned', message: '"yes" is not a boolean (true or false)' },
    ]);
    expect(graphmlToSeed('<graphml>\n<graph><node id="a"></graph></graphml>').errors).toEqual([
      { path: 'line 2, column 17', message: 'not well-formed XML: Opening and ending tag mismatch: "node" != "graph"' },
    ]);
  });
});

it('GraphML: refuses a yEd group (a node holding a graph) rather than dropping its nodes', () => {
  const grouped =
    '<graphml><graph edgedefault="directed"><node id="g"><data key="name">Group</data><graph><node id="inner"/></graph></node></graph></graphml>';
  expect(graphmlToSeed(grouped).errors).toEqual([
    { path: 'node[g]', message: 'nested graphs (yEd groups) are not supported: ungroup them first' },
  ]);
});

describe('GEXF import', () => {
  it('reads the Gephi export as the expected graph: label → name, kind before label, viz dropped, weight kept', () => {
    const converted = gexfToSeed(fixture('gephi-gexf/konteks.gexf'));
    expect(converted.errors).toEqual([]);
    expect(canonical(converted.file)).toEqual(canonical(expected('gephi-gexf')));
    expect(converted.notes).toEqual(
      expect.arrayContaining([
        'mapped: label → name (13 nodes)',
        'mapped: kind → relation type (11 edges)',
        'mapped: label → relation type (2 edges)',
        'dropped: viz:size, viz:position, viz:color (layout)',
      ]),
    );
    expect(prepareSeed(fixture('gephi-gexf/konteks.gexf'), 'gexf').ok).toBe(true);
  });

  it('refuses an undeclared attribute and a value that is not its declared type', () => {
    const bad = fixture('gephi-gexf/konteks.gexf')
      .replace('<attvalue for="modularity_class" value="0"/>', '<attvalue for="modularity_class" value="zero"/>')
      .replace('<attvalue for="year" value="2024"/>', '<attvalue for="month" value="6"/>');
    expect(gexfToSeed(bad).errors).toEqual([
      { path: 'node[0].modularity_class', message: '"zero" is not an integer' },
      { path: 'edge[2].month', message: 'attribute "month" is not declared in <attributes>' },
    ]);
  });
});
