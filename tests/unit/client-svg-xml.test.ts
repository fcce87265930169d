// Issue 8, point 12: the exported SVG must be well-formed XML whatever the names hold. XML 1.0
// forbids most C0 controls (U+0001…), U+FFFE/U+FFFF and lone surrogates even as character
// references, so they cannot be escaped: they are replaced by U+FFFD in the image's text.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { escapeXml, toSvg, type SvgNode } from '../../client/src/core/svg-export';

/** Parses with a real XML parser that throws on any well-formedness error. */
function parseXml(text: string) {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, 'image/svg+xml');
}

const node = (label: string, x: number): SvgNode => ({ x, y: 0, size: 20, color: '#336699', shape: 'ellipse', label });

describe('SVG export as XML', () => {
  const HOSTILE = [
    'Kim\u0001Jong\u0008Un',
    'tab\tnew\nline\r',
    'nul\u0000',
    'fffe\uFFFE\uFFFF',
    'half \ud800 pair',
    '<&>"\'',
    'emoji 😀 é',
  ];

  it('parses with a real XML parser when labels hold control characters and other XML-forbidden text', () => {
    const nodes = HOSTILE.map((label, i) => node(label, i * 50));
    const svg = toSvg(nodes, [{ source: nodes[0] as SvgNode, target: nodes[1] as SvgNode, label: 'LEADS\u0001\u001f', directed: true }]);
    const doc = parseXml(svg);
    const texts = Array.from(doc.getElementsByTagName('text'), (element) => element.textContent);
    expect(texts).toEqual([
      'Kim\uFFFDJong\uFFFDUn',
      'tab\tnew\nline\r',
      'nul\uFFFD',
      'fffe\uFFFD\uFFFD',
      'half \uFFFD pair',
      '<&>"\'',
      'emoji 😀 é',
    ]);
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('LEADS\uFFFD\uFFFD');
  });

  it('keeps the characters XML allows, including tab, line breaks (CR as a reference) and astral ones', () => {
    expect(escapeXml('a\tb\nc\rd😀')).toBe('a\tb\nc&#13;d😀');
  });
});
