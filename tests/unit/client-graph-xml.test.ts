// The explorer's GraphML/GEXF serialisers (client/src/core/graph-xml.ts) read back by the loader's
// converters as the same seed, with the text XML parsers would otherwise change (CR, tabs, line
// breaks in attributes) and property names the importers read themselves; and picker detection.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../client/src/core/format-detect';
import { toGexf, toGraphml, XmlExportError, type XmlGraph } from '../../client/src/core/graph-xml';
import { gexfToSeed } from '../../server/import/formats/gexf-convert';
import { graphmlToSeed } from '../../server/import/formats/graphml-convert';

const graph: XmlGraph = {
  sources: [{ id: 'source-a', title: 'A "quoted" <title> & more', url: 'https://example.org/?a=1&b=2', language: 'id' }],
  entities: [
    {
      id: 'cafe-batavia',
      type: 'Place',
      name: 'Café Batavia\t«Ω»',
      aliases: ['Kafe\r\nBatavia', '서울'],
      description: ' leading and trailing spaces ',
      properties: { kind: 'reserved name', weight: 2.5, labels: [':a', 'b'], since: 1805, open: true, tags: ['x|y', 'z, w'] },
    },
    { id: 'jakarta', type: 'Place', name: 'Jakarta', aliases: [], properties: { since: 'about 1527' } },
  ],
  relations: [
    {
      type: 'LOCATED_IN',
      from: 'cafe-batavia',
      to: 'jakarta',
      properties: { status: 'claimed', claimedBy: 'jakarta', label: 'x', scores: [1, 2.5, -3] },
      evidence: [{ source: 'source-a', quote: 'Line one\nline two' }, { source: 'source-a' }],
    },
  ],
};

describe('GraphML and GEXF serialisers', () => {
  it.each([
    ['GraphML', toGraphml, graphmlToSeed],
    ['GEXF', toGexf, gexfToSeed],
  ] as const)('%s: what is written reads back as the same seed', (_name, write, read) => {
    const converted = read(write(graph));
    expect(converted.errors).toEqual([]);
    expect(converted.file).toEqual({ version: 1, ...graph });
  });

  // Found by the export round-trip property test: the XML parser turns NEL and the Unicode line and
  // paragraph separators into "\n", which broke a JSON list value (a raw newline inside a string).
  it.each([
    ['GraphML', toGraphml, graphmlToSeed],
    ['GEXF', toGexf, gexfToSeed],
  ] as const)('%s: NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR read back unchanged', (_name, write, read) => {
    const odd: XmlGraph = {
      sources: graph.sources,
      entities: [
        {
          id: 'odd',
          type: 'Thing',
          name: 'a\u0085b\u2028c\u2029d',
          aliases: ['\u2028'],
          properties: { role: ['\u0085', ''], note: 'x\u2029' },
        },
      ],
      relations: [],
    };
    const converted = read(write(odd));
    expect(converted.errors).toEqual([]);
    expect(converted.file).toEqual({ version: 1, ...odd });
  });

  it('refuses a control character XML cannot hold, naming the entity', () => {
    const bad: XmlGraph = { ...graph, entities: [{ id: 'x', type: 'Place', name: 'bell\u0007' }] };
    expect(() => toGraphml(bad)).toThrow(new XmlExportError('entity x: contains a control character that XML cannot hold'));
  });

  it('the picker recognises .graphml and .gexf files by name or by their root element', () => {
    expect(detectFormat([{ name: 'g.graphml', text: toGraphml(graph) }])).toMatchObject({
      ok: true,
      format: 'GRAPHML',
      summary: 'GraphML (2 nodes, 1 edges)',
    });
    expect(detectFormat([{ name: 'export.xml', text: toGexf(graph) }])).toMatchObject({
      ok: true,
      format: 'GEXF',
      summary: 'GEXF (2 nodes, 1 edges)',
    });
  });
});
