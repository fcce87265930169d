// Fetches what a view needs into the data cache (the view state itself never holds fetched data).
import { fetchEntityNodes, fetchHealth, fetchNeighbourhood, fetchOverview, fetchShortestPath, fetchSources } from '../api/explorer-api';
import { citeSources, mergeSubgraph, withNeighbourhood, withOverview, withSources, type Subgraph } from '../core/graph-data';
import type { SourceInfo } from '../core/types';
import { orderPath } from '../core/path-sentences';
import type { PathView } from '../core/view-state';
import type { Store } from './store';

/** The overview size; `?limit=N` in the page URL raises it (used by the layout benchmark). */
export function overviewLimit(): number {
  const value = Number(new URLSearchParams(location.search).get('limit'));
  return Number.isInteger(value) && value > 0 ? Math.min(value, 5000) : 500;
}

/** Runs `work` with the loading indicator on, turning failures into the error message. */
export async function withLoading<T>(store: Store, label: string, work: () => Promise<T>): Promise<T | undefined> {
  store.update((s) => ({ ...s, loading: label, error: null }));
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    store.update((s) => ({ ...s, error: message }));
    return undefined;
  } finally {
    store.update((s) => (s.loading === label ? { ...s, loading: null } : s));
  }
}

/** Sends the overview's requests (the overview and the sources, at once); loadOverview stores the answers. */
export function requestOverview(): Promise<[Subgraph, SourceInfo[]]> {
  return Promise.all([fetchOverview(overviewLimit()), fetchSources()]).then(([overview, sources]) => [
    citeSources(overview, sources),
    sources,
  ]);
}

export async function loadOverview(store: Store, pending: Promise<[Subgraph, SourceInfo[]]> = requestOverview()): Promise<void> {
  const [overview, sources] = await pending;
  store.update((s) => ({ ...s, data: withSources(withOverview(s.data, overview), sources), ready: true }));
}

/** Makes sure the cache holds at least `count` neighbours of `id` (or all it has). */
export async function ensureNeighbourhood(store: Store, id: string, count: number): Promise<void> {
  const known = store.get().data.neighbourhoods[id];
  if (known && (known.ids.length >= count || !known.truncated)) return;
  const sub = await fetchNeighbourhood(id, count + 1);
  store.update((s) => ({ ...s, data: withNeighbourhood(s.data, id, sub) }));
}

/** Finds the shortest path and caches its entities and relations; null when there is none. */
export async function loadPath(store: Store, from: string, to: string): Promise<PathView | null> {
  const sub = await fetchShortestPath(from, to);
  if (!sub) return null;
  store.update((s) => ({ ...s, data: mergeSubgraph(s.data, sub) }));
  return orderPath(from, to, sub.edges);
}

/** Fetches entities the cache lacks (pinned ids from a URL, search hits), without their relations. */
export async function ensureEntities(store: Store, ids: string[]): Promise<void> {
  const missing = [...new Set(ids.filter((id) => !store.get().data.nodes[id]))];
  if (missing.length === 0) return;
  // As before, a failed fetch only leaves the entities out (the caller sees they are missing).
  const nodes = await fetchEntityNodes(missing).catch(() => []);
  if (nodes.length > 0) store.update((s) => ({ ...s, data: mergeSubgraph(s.data, { nodes, edges: [] }) }));
}

/** The status line's "Neo4j 5.26.x (community)", or that Neo4j does not answer. */
export async function serverInfo(): Promise<string> {
  try {
    const info = await fetchHealth();
    return `Neo4j ${info.neo4jVersion} (${info.neo4jEdition})`;
  } catch {
    return 'Neo4j unavailable';
  }
}
