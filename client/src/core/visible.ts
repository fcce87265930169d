// What the view shows, computed from the fetched data and the view state.
import type { GraphData, GraphEdge, GraphNode } from './types';
import type { ViewState } from './view-state';

export interface VisibleGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Entity ids the view includes before filters: overview, pins, expansions, path. */
export function candidateIds(data: GraphData, state: ViewState): Set<string> {
  const ids = new Set<string>(state.overview ? data.overview : []);
  for (const id of state.pinned) ids.add(id);
  for (const [id, count] of Object.entries(state.expanded)) {
    ids.add(id);
    for (const n of (data.neighbourhoods[id]?.ids ?? []).slice(0, count)) ids.add(n);
  }
  for (const id of state.path?.nodes ?? []) ids.add(id);
  return ids;
}

export function visibleGraph(data: GraphData, state: ViewState): VisibleGraph {
  const { hiddenTypes, hiddenRelationTypes, sources } = state.filters;
  const hidden = new Set(state.hidden);
  const types = new Set(hiddenTypes);
  const relTypes = new Set(hiddenRelationTypes);
  const bySource = new Set(sources);
  const pathNodes = new Set(state.path?.nodes ?? []);
  const nodeIds = new Set<string>();
  for (const id of candidateIds(data, state)) {
    const node = data.nodes[id];
    if (!node) continue;
    // A found path stays visible whatever the filters say: the user asked for exactly it.
    if (!pathNodes.has(id)) {
      if (hidden.has(id) || types.has(node.type)) continue;
      if (bySource.size > 0 && !node.sources.some((s) => bySource.has(s))) continue;
    }
    nodeIds.add(id);
  }
  const pathEdges = new Set(state.path?.edges ?? []);
  let edges = Object.values(data.edges).filter(
    (e) =>
      nodeIds.has(e.source) &&
      nodeIds.has(e.target) &&
      (pathEdges.has(e.id) || (!relTypes.has(e.type) && (bySource.size === 0 || e.evidence.some((ev) => bySource.has(ev.source.id))))),
  );
  if (state.focus && data.nodes[state.focus.id]) {
    const within = hopsFrom(state.focus.id, state.focus.depth, edges);
    for (const id of pathNodes) within.add(id);
    for (const id of [...nodeIds]) if (!within.has(id)) nodeIds.delete(id);
    edges = edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  }
  const nodes = [...nodeIds].map((id) => data.nodes[id]).filter((n): n is GraphNode => n !== undefined);
  return { nodes, edges };
}

/** Ids within `depth` hops of `start`, ignoring edge direction. */
export function hopsFrom(start: string, depth: number, edges: GraphEdge[]): Set<string> {
  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacency.get(a);
    if (list) list.push(b);
    else adjacency.set(a, [b]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adjacency.get(id) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        next.push(n);
      }
    }
    frontier = next;
  }
  return seen;
}
