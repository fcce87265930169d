// The explorer's view as plain data, changed only by the pure functions below. The undo history
// holds ViewStates; the canvas, table and URL are all derived from one.
import { emptyFilters, type Filters } from './filters';
import type { GraphData, LayoutName } from './types';
import { visibleGraph } from './visible';

export interface Focus {
  id: string;
  depth: number;
}

/** A found shortest path: its entities and relations in order from `from` to `to`. */
export interface PathView {
  from: string;
  to: string;
  nodes: string[];
  edges: string[];
}

export interface ViewState {
  /** Whether the overview (query `graph`) is the base of the view. */
  overview: boolean;
  /** Entities added on purpose (search, jump, import), shown whatever else applies. */
  pinned: string[];
  /** Expanded entity id → how many of its neighbours are shown. */
  expanded: Record<string, number>;
  hidden: string[];
  filters: Filters;
  focus: Focus | null;
  layout: LayoutName;
  path: PathView | null;
}

export const EXPAND_PAGE = 25;
export const MAX_FOCUS_DEPTH = 3;

export function initialViewState(): ViewState {
  return { overview: true, pinned: [], expanded: {}, hidden: [], filters: emptyFilters(), focus: null, layout: 'fcose', path: null };
}

const without = (list: string[], drop: Iterable<string>): string[] => {
  const set = new Set(drop);
  return list.filter((x) => !set.has(x));
};
const union = (list: string[], add: Iterable<string>): string[] => [...new Set([...list, ...add])];

/** Shows the first `count` neighbours of `id` (as the server ordered them), un-hiding them. */
export function expand(state: ViewState, data: GraphData, id: string, count = EXPAND_PAGE): ViewState {
  const revealed = (data.neighbourhoods[id]?.ids ?? []).slice(0, count);
  return {
    ...state,
    expanded: { ...state.expanded, [id]: count },
    hidden: without(state.hidden, [id, ...revealed]),
  };
}

/** How many more neighbours "show more" could reveal (0 when all are shown). */
export function moreAvailable(state: ViewState, data: GraphData, id: string): boolean {
  const shown = state.expanded[id];
  const hood = data.neighbourhoods[id];
  if (shown === undefined || !hood) return false;
  return hood.ids.length > shown || hood.truncated;
}

/** Un-expands `id` and hides the neighbours that hang on it alone (leaves of the visible graph). */
export function collapse(state: ViewState, data: GraphData, id: string): ViewState {
  const expanded = { ...state.expanded };
  delete expanded[id];
  const next = { ...state, expanded };
  const after = visibleGraph(data, next);
  const adjacency = new Map<string, Set<string>>();
  for (const edge of after.edges) {
    if (!adjacency.has(edge.source)) adjacency.set(edge.source, new Set());
    if (!adjacency.has(edge.target)) adjacency.set(edge.target, new Set());
    adjacency.get(edge.source)?.add(edge.target);
    adjacency.get(edge.target)?.add(edge.source);
  }
  const keep = new Set([id, ...state.pinned, ...(state.path?.nodes ?? []), ...(state.focus ? [state.focus.id] : [])]);
  const leaves = [...(adjacency.get(id) ?? [])].filter(
    (n) => !keep.has(n) && state.expanded[n] === undefined && adjacency.get(n)?.size === 1,
  );
  return { ...next, hidden: union(state.hidden, leaves) };
}

export function hide(state: ViewState, ids: string[]): ViewState {
  const expanded = { ...state.expanded };
  for (const id of ids) delete expanded[id];
  return {
    ...state,
    expanded,
    hidden: union(state.hidden, ids),
    pinned: without(state.pinned, ids),
    focus: state.focus && ids.includes(state.focus.id) ? null : state.focus,
  };
}

export function unhideAll(state: ViewState): ViewState {
  return { ...state, hidden: [] };
}

/** Makes sure `id` is shown: pinned, not hidden, and its type not filtered out. */
export function reveal(state: ViewState, data: GraphData, id: string): ViewState {
  const type = data.nodes[id]?.type;
  return {
    ...state,
    pinned: union(state.pinned, [id]),
    hidden: without(state.hidden, [id]),
    filters: type ? { ...state.filters, hiddenTypes: without(state.filters.hiddenTypes, [type]) } : state.filters,
  };
}

export function setFocus(state: ViewState, id: string, depth: number): ViewState {
  return { ...state, focus: { id, depth: Math.max(1, Math.min(MAX_FOCUS_DEPTH, Math.round(depth))) } };
}

export function clearFocus(state: ViewState): ViewState {
  return { ...state, focus: null };
}

export function setLayout(state: ViewState, layout: LayoutName): ViewState {
  return { ...state, layout };
}

export function setFilters(state: ViewState, filters: Filters): ViewState {
  return { ...state, filters };
}

export function setPath(state: ViewState, path: PathView | null): ViewState {
  return { ...state, path, hidden: path ? without(state.hidden, path.nodes) : state.hidden };
}

/** Only the given entities (and what links them), e.g. to start from a search result. */
export function startFrom(state: ViewState, ids: string[]): ViewState {
  return { ...initialViewState(), layout: state.layout, overview: false, pinned: [...ids] };
}
