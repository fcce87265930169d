// Export of what the canvas shows: SVG (core serializer: title, legend, credits, date, full names),
// PNG (that SVG drawn at twice its size), Cytoscape JSON, GraphML and GEXF.
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { toCytoscapeJson } from '../core/cytoscape-json';
import { visibleGexf, visibleGraphml } from '../core/graph-xml-view';
import { toSvg, type Figure, type SvgNode } from '../core/svg-export';
import type { GraphData } from '../core/types';
import type { VisibleGraph } from '../core/visible';
import type { GraphCanvas } from './canvas';
import { downloadBlob } from './dom';

const stamp = () => new Date().toISOString().slice(0, 10);

export const exportDate = stamp;

let context: CanvasRenderingContext2D | null = null;
/** Text width as the browser draws it, for label placement in the picture. */
function measure(text: string, px: number): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return [...text].length * px * 0.6;
  context.font = `${px}px system-ui, sans-serif`;
  return context.measureText(text).width;
}

/** The SVG picture drawn onto a canvas at twice its size: the PNG has the same title, legend and credits. */
export async function exportPng(canvas: GraphCanvas, figure: Figure): Promise<void> {
  const svg = new Blob([svgText(canvas, figure)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(svg);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2;
    const out = document.createElement('canvas');
    out.width = image.naturalWidth * scale;
    out.height = image.naturalHeight * scale;
    const draw = out.getContext('2d');
    if (!draw) return;
    draw.scale(scale, scale);
    draw.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/png'));
    if (blob) downloadBlob(blob, `jejaring-${stamp()}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function svgText(canvas: GraphCanvas, figure?: Figure): string {
  const cy = canvas.cy;
  if (!cy) return toSvg([], [], { ...(figure ? { figure } : {}), measure });
  const nodes = new Map<string, SvgNode>();
  cy.nodes().forEach((n) => {
    const node = n as NodeSingular;
    nodes.set(node.id(), {
      ...node.position(),
      size: Number(node.data('size')),
      color: String(node.data('color')),
      shape: String(node.data('shape')),
      label: String(node.data('label')),
    });
  });
  const edges = cy
    .edges()
    .toArray()
    .flatMap((e) => {
      const source = nodes.get((e as EdgeSingular).source().id());
      const target = nodes.get((e as EdgeSingular).target().id());
      return source && target ? [{ source, target, label: String(e.data('label')), directed: true }] : [];
    });
  return toSvg([...nodes.values()], edges, { ...(figure ? { figure } : {}), measure });
}

export function exportSvg(canvas: GraphCanvas, figure: Figure): void {
  downloadBlob(new Blob([svgText(canvas, figure)], { type: 'image/svg+xml' }), `jejaring-${stamp()}.svg`);
}

export function jsonText(canvas: GraphCanvas, visible: VisibleGraph, data: GraphData): string {
  return JSON.stringify(toCytoscapeJson(visible.nodes, visible.edges, data.sources, canvas.positionsNow()), null, 2);
}

export function exportJson(canvas: GraphCanvas, visible: VisibleGraph, data: GraphData): void {
  downloadBlob(new Blob([jsonText(canvas, visible, data)], { type: 'application/json' }), `jejaring-${stamp()}.json`);
}

export function exportGraphml(visible: VisibleGraph, data: GraphData): void {
  const text = visibleGraphml(visible.nodes, visible.edges, data.sources);
  downloadBlob(new Blob([text], { type: 'application/graphml+xml' }), `jejaring-${stamp()}.graphml`);
}

export function exportGexf(visible: VisibleGraph, data: GraphData): void {
  const text = visibleGexf(visible.nodes, visible.edges, data.sources);
  downloadBlob(new Blob([text], { type: 'application/gexf+xml' }), `jejaring-${stamp()}.gexf`);
}
