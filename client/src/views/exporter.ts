// Export of what the canvas shows: PNG (Cytoscape), SVG (core serializer), Cytoscape JSON, GraphML and GEXF.
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { toCytoscapeJson } from '../core/cytoscape-json';
import { visibleGexf, visibleGraphml } from '../core/graph-xml-view';
import { toSvg, type SvgNode } from '../core/svg-export';
import type { GraphData } from '../core/types';
import type { VisibleGraph } from '../core/visible';
import type { GraphCanvas } from './canvas';
import { downloadBlob } from './dom';

const stamp = () => new Date().toISOString().slice(0, 10);

export function exportPng(canvas: GraphCanvas): void {
  const blob = canvas.cy?.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  if (blob) downloadBlob(blob, `jejaring-${stamp()}.png`);
}

export function svgText(canvas: GraphCanvas): string {
  const cy = canvas.cy;
  if (!cy) return toSvg([], []);
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
  return toSvg([...nodes.values()], edges);
}

export function exportSvg(canvas: GraphCanvas): void {
  downloadBlob(new Blob([svgText(canvas)], { type: 'image/svg+xml' }), `jejaring-${stamp()}.svg`);
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
