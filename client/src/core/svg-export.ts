// A small SVG serializer for the drawn graph (Cytoscape has no SVG export): node positions,
// colours and shapes come from the canvas; every label is XML-escaped text.

export interface SvgNode {
  x: number;
  y: number;
  size: number;
  color: string;
  shape: string;
  label: string;
}

export interface SvgEdge {
  source: SvgNode;
  target: SvgNode;
  label: string;
  directed: boolean;
}

// Characters XML 1.0 cannot hold at all, not even as references: C0 controls other than tab and
// line breaks, U+FFFE/U+FFFF and lone surrogates (the u flag makes pairs one code point). A name
// with U+0001 would make the whole file invalid XML; in the image it shows as U+FFFD instead.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

/** Text for XML content or attributes: markup escaped, CR kept as a reference (parsers turn a raw one into LF). */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD').replace(/[<>&"'\r]/g, (c) => ENTITIES[c] ?? c);
}

const SIDES: Record<string, number> = {
  triangle: 3,
  diamond: 4,
  pentagon: 5,
  hexagon: 6,
  octagon: 8,
  tag: 5,
  barrel: 8,
  rhomboid: 4,
  vee: 3,
};

function polygon(n: SvgNode, sides: number, rotate: number): string {
  const r = n.size / 2;
  const points: string[] = [];
  for (let i = 0; i < sides; i++) {
    const a = rotate + (2 * Math.PI * i) / sides;
    points.push(`${(n.x + r * Math.cos(a)).toFixed(1)},${(n.y + r * Math.sin(a)).toFixed(1)}`);
  }
  return `<polygon points="${points.join(' ')}"`;
}

function star(n: SvgNode): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = (i % 2 === 0 ? n.size : n.size * 0.45) / 2;
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    points.push(`${(n.x + r * Math.cos(a)).toFixed(1)},${(n.y + r * Math.sin(a)).toFixed(1)}`);
  }
  return `<polygon points="${points.join(' ')}"`;
}

export function shapeElement(n: SvgNode): string {
  const base = n.shape.replace(/^(round|concave)-/, '');
  const fill = ` fill="${escapeXml(n.color)}" stroke="#ffffff" stroke-width="1.5"/>`;
  if (base === 'ellipse') return `<circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${(n.size / 2).toFixed(1)}"${fill}`;
  if (base === 'rectangle') {
    const h = n.size / 2;
    return `<rect x="${(n.x - h).toFixed(1)}" y="${(n.y - h).toFixed(1)}" width="${n.size}" height="${n.size}" rx="${(n.size / 6).toFixed(1)}"${fill}`;
  }
  if (base === 'star') return star(n) + fill;
  const sides = SIDES[base] ?? 6;
  return polygon(n, sides, sides === 4 ? 0 : -Math.PI / 2) + fill;
}

function edgeElement(e: SvgEdge): string {
  const dx = e.target.x - e.source.x;
  const dy = e.target.y - e.source.y;
  const length = Math.hypot(dx, dy) || 1;
  const shrink = e.target.size / 2 + 2;
  const x2 = e.target.x - (dx / length) * shrink;
  const y2 = e.target.y - (dy / length) * shrink;
  const marker = e.directed ? ' marker-end="url(#arrow)"' : '';
  const line = `<line x1="${e.source.x.toFixed(1)}" y1="${e.source.y.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="#8a94a3" stroke-width="1.4"${marker}><title>${escapeXml(e.label)}</title></line>`;
  return line;
}

export function toSvg(nodes: SvgNode[], edges: SvgEdge[], padding = 40): string {
  const xs = nodes.flatMap((n) => [n.x - n.size / 2, n.x + n.size / 2]);
  const ys = nodes.flatMap((n) => [n.y - n.size / 2, n.y + n.size / 2 + 18]);
  const minX = (xs.length ? Math.min(...xs) : 0) - padding;
  const minY = (ys.length ? Math.min(...ys) : 0) - padding;
  const width = (xs.length ? Math.max(...xs) : 0) + padding - minX;
  const height = (ys.length ? Math.max(...ys) : 0) + padding - minY;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX.toFixed(0)} ${minY.toFixed(0)} ${width.toFixed(0)} ${height.toFixed(0)}" width="${width.toFixed(0)}" height="${height.toFixed(0)}" font-family="system-ui, sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#8a94a3"/></marker></defs>',
    `<rect x="${minX.toFixed(0)}" y="${minY.toFixed(0)}" width="${width.toFixed(0)}" height="${height.toFixed(0)}" fill="#ffffff"/>`,
    '<g class="edges">',
    ...edges.map(edgeElement),
    '</g><g class="nodes">',
    ...nodes.map(
      (n) =>
        `<g>${shapeElement(n)}<text x="${n.x.toFixed(1)}" y="${(n.y + n.size / 2 + 13).toFixed(1)}" text-anchor="middle" font-size="11" fill="#1b1f24">${escapeXml(n.label)}</text></g>`,
    ),
    '</g></svg>',
  ];
  return parts.join('\n');
}
