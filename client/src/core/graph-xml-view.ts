// The visible graph in seed shape, for the GraphML and GEXF exports (graph-xml.ts): the same
// fields and sources as the Cytoscape JSON export (cytoscape-json.ts), so all three re-import alike.
import { toCytoscapeJson } from './cytoscape-json';
import { toGexf, toGraphml, type XmlGraph } from './graph-xml';
import type { GraphEdge, GraphNode, PropertyValue, SourceInfo } from './types';

const props = (properties: Record<string, PropertyValue>) =>
  Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null && v !== undefined));

export function visibleXmlGraph(nodes: GraphNode[], edges: GraphEdge[], sources: Record<string, SourceInfo>): XmlGraph {
  // The sources the Cytoscape export lists: those the visible evidence and entities cite.
  const cited = toCytoscapeJson(nodes, edges, sources).data.sources;
  return {
    sources: cited.map((source) => ({ ...source, id: String(source.id), title: String(source.title) })),
    entities: nodes.map((node) => ({
      id: node.id,
      type: node.type,
      name: node.name,
      aliases: [...node.aliases],
      ...(node.description ? { description: node.description } : {}),
      properties: props(node.properties),
    })),
    relations: edges.map((edge) => ({
      type: edge.type,
      from: edge.source,
      to: edge.target,
      properties: props(edge.properties),
      evidence: edge.evidence.map((item) => (item.quote ? { source: item.source.id, quote: item.quote } : { source: item.source.id })),
    })),
  };
}

export const visibleGraphml = (nodes: GraphNode[], edges: GraphEdge[], sources: Record<string, SourceInfo>) =>
  toGraphml(visibleXmlGraph(nodes, edges, sources));

export const visibleGexf = (nodes: GraphNode[], edges: GraphEdge[], sources: Record<string, SourceInfo>) =>
  toGexf(visibleXmlGraph(nodes, edges, sources));
