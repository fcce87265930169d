// The view in the URL hash (`#layout=circle&sel=n:kim-jong-un&exp=russia:25`), so that reloading
// or sharing a link restores it. Parsing never throws: unknown or malformed parts are dropped.
import { emptyFilters } from './filters';
import { LAYOUTS, type LayoutName, type Selection } from './types';
import { initialViewState, MAX_FOCUS_DEPTH, type ViewState } from './view-state';
import { formatViewport, parseViewport, type Viewport } from './viewport';

/** What the URL holds: the view without path results (only its two ends) plus the selection. */
export interface UrlView {
  view: ViewState;
  selection: Selection;
  /** Ends of a path to look up again; the view's `path` itself is null until it is. */
  pathEnds: { from: string; to: string } | null;
  /** Zoom and pan the user chose; null: fit the picture to the canvas. */
  viewport: Viewport | null;
}

const ID = /^[A-Za-z0-9_.:-]{1,200}$/;
const list = (value: string | null): string[] => (value ? value.split(',').filter((x) => ID.test(x)) : []);
const join = (values: string[]): string => [...values].sort().join(',');

export function toHash(view: ViewState, selection: Selection, viewport: Viewport | null = null): string {
  const params = new URLSearchParams();
  if (view.layout !== 'fcose') params.set('layout', view.layout);
  if (!view.overview) params.set('overview', '0');
  if (selection) params.set('sel', `${selection.kind === 'node' ? 'n' : 'e'}:${selection.id}`);
  const expanded = Object.entries(view.expanded).sort(([a], [b]) => a.localeCompare(b));
  if (expanded.length > 0) params.set('exp', expanded.map(([id, n]) => `${id}:${n}`).join(','));
  if (view.pinned.length > 0) params.set('pin', join(view.pinned));
  if (view.hidden.length > 0) params.set('hide', join(view.hidden));
  if (view.filters.hiddenTypes.length > 0) params.set('types', join(view.filters.hiddenTypes));
  if (view.filters.hiddenRelationTypes.length > 0) params.set('rels', join(view.filters.hiddenRelationTypes));
  if (view.filters.sources.length > 0) params.set('src', join(view.filters.sources));
  if (view.focus) params.set('focus', `${view.focus.id}:${view.focus.depth}`);
  if (view.path) params.set('path', `${view.path.from},${view.path.to}`);
  if (viewport) params.set('vp', formatViewport(viewport));
  const text = params.toString();
  return text ? `#${text}` : '';
}

export function fromHash(hash: string): UrlView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = initialViewState();
  const layout = params.get('layout');
  if (layout && (LAYOUTS as readonly string[]).includes(layout)) view.layout = layout as LayoutName;
  view.overview = params.get('overview') !== '0';
  for (const item of list(params.get('exp'))) {
    const cut = item.lastIndexOf(':');
    const count = Number(item.slice(cut + 1));
    if (cut > 0 && Number.isInteger(count) && count > 0 && count <= 5000) view.expanded[item.slice(0, cut)] = count;
  }
  view.pinned = list(params.get('pin'));
  view.hidden = list(params.get('hide'));
  view.filters = {
    ...emptyFilters(),
    hiddenTypes: list(params.get('types')),
    hiddenRelationTypes: list(params.get('rels')),
    sources: list(params.get('src')),
  };
  const focus = params.get('focus');
  const focusMatch = focus ? /^(.+):(\d)$/.exec(focus) : null;
  if (focusMatch?.[1] && ID.test(focusMatch[1])) {
    view.focus = { id: focusMatch[1], depth: Math.max(1, Math.min(MAX_FOCUS_DEPTH, Number(focusMatch[2]))) };
  }
  const sel = params.get('sel');
  const selMatch = sel ? /^([ne]):(.+)$/.exec(sel) : null;
  let selection: Selection = null;
  if (selMatch?.[2] && selMatch[2].length <= 300) selection = { kind: selMatch[1] === 'n' ? 'node' : 'edge', id: selMatch[2] };
  const ends = list(params.get('path'));
  const pathEnds = ends.length === 2 && ends[0] && ends[1] ? { from: ends[0], to: ends[1] } : null;
  return { view, selection, pathEnds, viewport: parseViewport(params.get('vp')) };
}
