// Draws the app state into every view after each change, and mirrors the view into the URL.
import { canRedo, canUndo } from '../core/history';
import { toHash } from '../core/url-state';
import { moreAvailable } from '../core/view-state';
import { visibleGraph, type VisibleGraph } from '../core/visible';
import type { DetailsPanel } from '../views/details-panel';
import type { GraphCanvas } from '../views/canvas';
import type { FilterPanel } from '../views/filter-panel';
import type { Legend } from '../views/legend';
import type { NodeActionState } from '../views/node-actions';
import type { PathPanel } from '../views/path-panel';
import type { TableView } from '../views/table-view';
import type { ViewSummary } from '../views/view-summary';
import type { AppState } from './store';

export interface Views {
  canvas: GraphCanvas;
  legend: Legend;
  filters: FilterPanel;
  details: DetailsPanel;
  path: PathPanel;
  table: TableView;
  summary: ViewSummary;
  undo: HTMLButtonElement;
  redo: HTMLButtonElement;
  layout: HTMLSelectElement;
  overlay: HTMLElement;
  status: HTMLElement;
}

let memo: { data: unknown; view: unknown; visible: VisibleGraph } | null = null;

export function currentVisible(state: AppState): VisibleGraph {
  const view = state.history.present;
  if (memo?.data !== state.data || memo.view !== view) memo = { data: state.data, view, visible: visibleGraph(state.data, view) };
  return memo.visible;
}

export function render(state: AppState, views: Views, serverInfo: string): void {
  const view = state.history.present;
  // While a view is restored (a link, back or forward) its data arrives in steps: the overview,
  // neighbourhoods, entities. The panels wait for all of it, as the canvas does, instead of counting
  // each half-restored graph (10-20 ms each time at 5k entities).
  const visible = state.restoring ? null : currentVisible(state);
  if (visible) renderPanels(state, views, visible);
  views.undo.disabled = !canUndo(state.history);
  views.redo.disabled = !canRedo(state.history);
  views.layout.value = view.layout;
  renderOverlay(state, () => visible ?? currentVisible(state), views.overlay);
  const nodeCount = Object.keys(state.data.nodes).length;
  // The count first: when the line is cut short (styles.css), the server's version goes, not the count.
  views.status.textContent = [state.ready ? `${nodeCount} entities loaded` : null, serverInfo].filter(Boolean).join(' · ');
  views.status.title = views.status.textContent;
  // Last: the panels above may have changed the canvas size, which the layout's fit must see.
  if (visible) syncCanvas(state, views, visible);
  const hash = toHash(view, state.selection, state.viewport);
  if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

function renderPanels(state: AppState, views: Views, visible: VisibleGraph): void {
  const view = state.history.present;
  views.legend.render(state.data, view.filters.hiddenTypes, visible);
  views.filters.render(state.data, view.filters);
  views.path.render(state.data, state.pathPick, view.path, state.pathMissing);
  const selectedId = state.selection?.kind === 'node' ? state.selection.id : '';
  const actionState: NodeActionState = {
    expanded: view.expanded[selectedId] !== undefined,
    shownNeighbours: view.expanded[selectedId] ?? 0,
    more: moreAvailable(view, state.data, selectedId),
    focusDepth: view.focus?.id === selectedId ? view.focus.depth : null,
    pathFrom: state.pathPick.from === selectedId,
    pathTo: state.pathPick.to === selectedId,
  };
  views.details.render(
    state.selection,
    state.data,
    actionState,
    state.selection?.kind === 'node' ? state.details[state.selection.id] : undefined,
  );
  views.table.render(visible, state.data, state.selection);
  views.summary.render(view, state.data, visible);
}

function syncCanvas(state: AppState, views: Views, visible: VisibleGraph): void {
  const view = state.history.present;
  views.canvas.sync(visible, {
    layout: view.layout,
    layoutRequest: state.layoutRequest,
    selection: state.selection,
    pathNodes: view.path?.nodes ?? [],
    pathEdges: view.path?.edges ?? [],
    created: state.created,
    viewport: state.viewport,
    focusKey: view.focus ? `${view.focus.id}:${view.focus.depth}` : '',
    overview: view.overview,
  });
}

function renderOverlay(state: AppState, visible: () => VisibleGraph, overlay: HTMLElement): void {
  let text = '';
  let kind = 'info';
  if (state.loading) text = state.loading;
  else if (state.error) {
    text = state.error;
    kind = 'error';
  } else if (state.ready && Object.keys(state.data.nodes).length === 0) text = 'The graph is empty. Load a seed file with “Load data…”.';
  else if (state.ready && visible().nodes.length === 0)
    text = 'Nothing to show: the filters, focus or hidden entities leave no entity visible.';
  overlay.hidden = text === '';
  overlay.textContent = text;
  overlay.className = `overlay ${kind}`;
}
