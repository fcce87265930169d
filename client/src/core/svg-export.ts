// A small SVG serializer for the drawn graph (Cytoscape has no SVG export): node positions,
// colours and shapes come from the canvas; every label is XML-escaped text, placed so that none
// overlaps another (core/svg-labels.ts). With a Figure it is a picture fit to publish: title, date,
// legend and source credits around the graph.
import { placeLabels, type PlacedLabel, type Rect } from './svg-labels';

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

/** One entry of the exported picture's legend: a type as drawn, and how many of it are shown. */
export interface LegendEntry {
  type: string;
  color: string;
  shape: string;
  count: number;
}

/** What makes the picture publishable: a title, the date, a legend and the sources it rests on. */
export interface Figure {
  title: string;
  date: string;
  legend: LegendEntry[];
  credits: string[];
  /** Relation words on the edges too (off by default: they crowd the picture). */
  edgeLabels: boolean;
}

export interface SvgOptions {
  padding?: number;
  figure?: Figure;
  /** Text width in px at a font size (the browser measures; the default estimates). */
  measure?: (text: string, px: number) => number;
}

const estimate = (text: string, px: number) => [...text].length * px * 0.6;
const NODE_PX = 11;
const EDGE_PX = 10;
const f1 = (n: number) => n.toFixed(1);

function textElement(label: PlacedLabel, cls: string, px: number, text: string, fill: string): string {
  return `<text class="${cls}" x="${f1(label.x)}" y="${f1(label.y)}" text-anchor="${label.anchor}" font-size="${px}" fill="${fill}">${escapeXml(text)}</text>`;
}

export function toSvg(nodes: SvgNode[], edges: SvgEdge[], options: SvgOptions = {}): string {
  const padding = options.padding ?? 40;
  const measure = options.measure ?? estimate;
  const figure = options.figure;
  // Node bodies first, then labels of the biggest (best-connected) nodes, then relation words.
  const taken: Rect[] = nodes.map((n) => ({ x1: n.x - n.size / 2, y1: n.y - n.size / 2, x2: n.x + n.size / 2, y2: n.y + n.size / 2 }));
  const order = nodes.map((_, i) => i).sort((a, b) => (nodes[b]?.size ?? 0) - (nodes[a]?.size ?? 0) || a - b);
  const request = (n: SvgNode) => ({ x: n.x, y: n.y, radius: n.size / 2, width: measure(n.label, NODE_PX), height: NODE_PX * 1.25 });
  const placedNodes = new Map<number, PlacedLabel>();
  placeLabels(
    order.map((i) => request(nodes[i] as SvgNode)),
    taken,
  ).forEach((p, k) => {
    if (p) placedNodes.set(order[k] as number, p);
  });
  const placedEdges = figure?.edgeLabels
    ? placeLabels(
        edges.map((e) => ({
          x: (e.source.x + e.target.x) / 2,
          y: (e.source.y + e.target.y) / 2,
          radius: 0,
          width: measure(e.label, EDGE_PX),
          height: EDGE_PX * 1.25,
        })),
        taken,
      )
    : [];
  const boxes = taken.length > 0 ? taken : [{ x1: 0, y1: 0, x2: 0, y2: 0 }];
  const minX = Math.min(...boxes.map((b) => b.x1)) - padding;
  const graphTop = Math.min(...boxes.map((b) => b.y1)) - padding;
  let width = Math.max(...boxes.map((b) => b.x2)) + padding - minX;
  const graphBottom = Math.max(...boxes.map((b) => b.y2)) + padding;
  const header: string[] = [];
  const footer: string[] = [];
  let minY = graphTop;
  let maxY = graphBottom;
  if (figure) {
    width = Math.max(width, 560);
    const left = minX + padding / 2;
    minY = graphTop - 56;
    header.push(
      `<text class="title" x="${f1(left)}" y="${f1(minY + 28)}" font-size="20" font-weight="700" fill="#1b1f24">${escapeXml(figure.title)}</text>`,
      `<text class="date" x="${f1(left)}" y="${f1(minY + 48)}" font-size="12" fill="#57606a">${escapeXml(figure.date)}</text>`,
    );
    const legend = legendRows(figure.legend, left, graphBottom + 4, width - padding, measure);
    footer.push(legend.svg);
    let y = legend.bottom + 20;
    for (const line of figure.credits) {
      footer.push(`<text class="credits" x="${f1(left)}" y="${f1(y)}" font-size="11" fill="#57606a">${escapeXml(line)}</text>`);
      y += 16;
    }
    maxY = y + 8;
  }
  const height = maxY - minY;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX.toFixed(0)} ${minY.toFixed(0)} ${width.toFixed(0)} ${height.toFixed(0)}" width="${width.toFixed(0)}" height="${height.toFixed(0)}" font-family="system-ui, sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#8a94a3"/></marker></defs>',
    `<rect x="${minX.toFixed(0)}" y="${minY.toFixed(0)}" width="${width.toFixed(0)}" height="${height.toFixed(0)}" fill="#ffffff"/>`,
    ...header,
    '<g class="edges">',
    ...edges.map(edgeElement),
    '</g><g class="nodes">',
    ...nodes.map((n, i) => {
      const label = placedNodes.get(i);
      // A name with no free spot stays in the file as the node's tooltip.
      const text = label ? textElement(label, 'node-label', NODE_PX, n.label, '#1b1f24') : `<title>${escapeXml(n.label)}</title>`;
      return `<g>${shapeElement(n)}${text}</g>`;
    }),
    '</g>',
    ...(placedEdges.length > 0
      ? [
          '<g class="edge-labels">',
          ...placedEdges.flatMap((p, i) => (p ? [textElement(p, 'edge-label', EDGE_PX, edges[i]?.label ?? '', '#3d4451')] : [])),
          '</g>',
        ]
      : []),
    ...footer,
    '</svg>',
  ];
  return parts.join('\n');
}

/** The legend as rows of swatch + "Type (count)", wrapped to `right`. */
function legendRows(entries: LegendEntry[], left: number, top: number, right: number, measure: (t: string, px: number) => number) {
  const items: string[] = [];
  let x = left;
  let y = top + 12;
  for (const entry of entries) {
    const text = `${entry.type} (${entry.count})`;
    const w = 14 + 6 + measure(text, 12) + 18;
    if (x > left && x + w > right) {
      x = left;
      y += 22;
    }
    const swatch = shapeElement({ x: x + 7, y, size: 14, color: entry.color, shape: entry.shape, label: '' });
    items.push(
      `<g class="legend-entry">${swatch}<text x="${f1(x + 20)}" y="${f1(y + 4)}" font-size="12" fill="#1b1f24">${escapeXml(text)}</text></g>`,
    );
    x += w;
  }
  return { svg: `<g class="legend">${items.join('')}</g>`, bottom: y + 8 };
}
