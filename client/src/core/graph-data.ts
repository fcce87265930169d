// Pure merges into the client's cache of fetched graph data (never mutates its inputs).
import type { GraphData, GraphEdge, GraphNode, SourceInfo } from './types';

export function emptyGraphData(): GraphData {
  return { nodes: {}, edges: {}, overview: [], overviewTruncated: false, neighbourhoods: {}, sources: {} };
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** Adds nodes and edges (newer data wins) and the sources their evidence cites. */
export function mergeSubgraph(data: GraphData, sub: Pick<Subgraph, 'nodes' | 'edges'>): GraphData {
  const nodes = { ...data.nodes };
  for (const node of sub.nodes) nodes[node.id] = node;
  const edges = { ...data.edges };
  const sources = { ...data.sources };
  for (const edge of sub.edges) {
    edges[edge.id] = edge;
    for (const item of edge.evidence) if (!sources[item.source.id]) sources[item.source.id] = item.source;
  }
  return { ...data, nodes, edges, sources };
}

/**
 * The subgraph with each evidence item's source taken from `sources` (the overview cites them by id;
 * the Sources answer has their titles). A source that `sources` lacks keeps what the edge had.
 */
export function citeSources(sub: Subgraph, sources: SourceInfo[]): Subgraph {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const cite = (edge: GraphEdge): GraphEdge => ({
    ...edge,
    evidence: edge.evidence.map((item) => ({ ...item, source: byId.get(item.source.id) ?? item.source })),
  });
  return { ...sub, edges: sub.edges.map(cite) };
}

export function withOverview(data: GraphData, sub: Subgraph): GraphData {
  return { ...mergeSubgraph(data, sub), overview: sub.nodes.map((n) => n.id), overviewTruncated: sub.truncated };
}

/** Records the neighbours of `id` (everything in `sub` but `id` itself, in the server's order). */
export function withNeighbourhood(data: GraphData, id: string, sub: Subgraph): GraphData {
  const merged = mergeSubgraph(data, sub);
  const ids = sub.nodes.map((n) => n.id).filter((n) => n !== id);
  return { ...merged, neighbourhoods: { ...merged.neighbourhoods, [id]: { ids, truncated: sub.truncated } } };
}

export function withSources(data: GraphData, list: SourceInfo[]): GraphData {
  const sources = { ...data.sources };
  for (const source of list) sources[source.id] = source;
  return { ...data, sources };
}

/** Ids of the entities directly related to `id` among the known edges. */
export function knownNeighbours(data: GraphData, id: string): string[] {
  const out = new Set<string>();
  for (const edge of Object.values(data.edges)) {
    if (edge.source === id) out.add(edge.target);
    else if (edge.target === id) out.add(edge.source);
  }
  out.delete(id);
  return [...out];
}
