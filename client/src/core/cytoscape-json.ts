// Export of the visible graph as Cytoscape.js JSON, the shape the seed loader imports
// (docs/seed-format.md, "Cytoscape.js JSON").
import type { GraphEdge, GraphNode, PropertyValue, SourceInfo } from './types';

export interface CytoscapeJson {
  data: { sources: Record<string, string>[] };
  elements: {
    nodes: { data: Record<string, unknown>; position?: { x: number; y: number } }[];
    edges: { data: Record<string, unknown> }[];
  };
}

/** `<from>--<TYPE>--<to>`: entity ids never contain `--`, so edge ids cannot collide with node ids. */
export const cytoscapeEdgeId = (edge: Pick<GraphEdge, 'source' | 'type' | 'target'>): string =>
  `${edge.source}--${edge.type}--${edge.target}`;

const SOURCE_KEYS = ['url', 'publisher', 'publishedAt', 'language'] as const;

function sourceJson(source: SourceInfo): Record<string, string> {
  const out: Record<string, string> = { id: source.id, title: source.title || source.id };
  for (const key of SOURCE_KEYS) {
    const value = source[key];
    if (value) out[key] = value;
  }
  return out;
}

const props = (properties: Record<string, PropertyValue>) =>
  Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null && v !== undefined));

export function toCytoscapeJson(
  nodes: GraphNode[],
  edges: GraphEdge[],
  sources: Record<string, SourceInfo>,
  positions: Record<string, { x: number; y: number }> = {},
): CytoscapeJson {
  const used = new Map<string, SourceInfo>();
  const jsonNodes = nodes.map((node) => {
    const data: Record<string, unknown> = { id: node.id, type: node.type, name: node.name, label: node.name, aliases: [...node.aliases] };
    if (node.description) data.description = node.description;
    data.sources = [...node.sources].sort(); // who mentions it: a re-import must not credit every source
    Object.assign(data, props(node.properties));
    const position = positions[node.id];
    return position ? { data, position: { x: Math.round(position.x), y: Math.round(position.y) } } : { data };
  });
  const jsonEdges = edges.map((edge) => {
    const evidence = edge.evidence.map((item) => {
      used.set(item.source.id, sources[item.source.id] ?? item.source);
      return item.quote ? { source: item.source.id, quote: item.quote } : { source: item.source.id };
    });
    const data: Record<string, unknown> = {
      id: cytoscapeEdgeId(edge),
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: edge.type,
      evidence,
      ...props(edge.properties),
    };
    return { data };
  });
  for (const node of nodes) for (const id of node.sources) if (!used.has(id) && sources[id]) used.set(id, sources[id]);
  const sourceList = [...used.values()].sort((a, b) => a.id.localeCompare(b.id)).map(sourceJson);
  return { data: { sources: sourceList }, elements: { nodes: jsonNodes, edges: jsonEdges } };
}
