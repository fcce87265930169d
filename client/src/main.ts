// Wires the state layer (core/, app/) to the views and starts the explorer. Views render and emit
// intents; app/ fetches (through api/) and holds the state; core/ is pure.
// Loaded by boot.ts, the page's entry, once it has sent the overview request (app/boot-request.ts).
import { bootOverview } from './app/boot-request';
import { rendererOverride } from './core/renderer-choice';
import { fromHash } from './core/url-state';
import type { LayoutName } from './core/types';
import { Actions } from './app/actions';
import { ArticleController } from './app/article';
import { exposeDebugHandles } from './app/debug-handles';
import { invalidateDetails, watchDetails } from './app/details';
import { Importer } from './app/importer';
import { installShortcuts } from './app/keyboard';
import { serverInfo as fetchServerInfo } from './app/loaders';
import { ReadinessMonitor } from './app/readiness';
import { currentVisible, render, type Views } from './app/render';
import { restoreView, unshownTarget } from './app/restore';
import { SearchController } from './app/search';
import { Store } from './app/store';
import { Workbench } from './app/workbench';
import type { LayoutReport } from './layout/layout-runner';
import { Banner } from './views/banner';
import { ArticleView } from './views/article-view';
import { GraphCanvas } from './views/canvas';
import { installCanvasKeyboard } from './views/canvas-keyboard';
import { DetailsPanel } from './views/details-panel';
import { byId } from './views/dom';
import { figureFor } from './core/figure-text';
import { exportDate, exportGexf, exportGraphml, exportJson, exportPng, exportSvg } from './views/exporter';
import { FilterPanel } from './views/filter-panel';
import { ImportDialog } from './views/import-dialog';
import { Legend } from './views/legend';
import { PathPanel } from './views/path-panel';
import { revealElement } from './views/reveal';
import { installScreenControls } from './views/screen-controls';
import { SearchBox } from './views/search-box';
import { TableView } from './views/table-view';
import { ViewSummary } from './views/view-summary';
import { WorkbenchDialog } from './views/workbench-dialog';

const store = new Store();
const actions = new Actions(store);
const layoutReports: LayoutReport[] = [];
let serverInfo = '';

const canvas = new GraphCanvas(
  byId('graph'),
  {
    onSelect: (selection) => actions.select(selection),
    onExpand: (id) => void actions.expand(id),
    onLayoutDone: (report) => layoutReports.push(report),
    onViewport: (viewport) => store.update((s) => (s.viewport === viewport ? s : { ...s, viewport })),
  },
  rendererOverride(location.search),
);

const nodeActions = {
  select: (selection: Parameters<Actions['select']>[0]) => actions.select(selection),
  jumpTo: async (id: string) => {
    await actions.jumpTo(id);
    canvas.centerOn(id);
  },
  showRelation: (edge: Parameters<Actions['showRelation']>[0]) => actions.showRelation(edge),
  expand: (id: string, more?: boolean) => actions.expand(id, more),
  collapse: (id: string) => actions.collapse(id),
  hide: (ids: string[]) => actions.hide(ids),
  focus: (id: string, depth: number) => actions.focus(id, depth),
  clearFocus: () => actions.clearFocus(),
  startFrom: (id: string) => actions.startFrom(id),
  pickPathEnd: (end: 'from' | 'to', id: string) => actions.pickPathEnd(end, id),
  openArticle: (sourceId: string) => void articles.open(sourceId),
};

// The Article view (issue 11 §3): a source's text beside the graph; quotes select relations, names select entities.
const articleView = new ArticleView(byId('article-view'), {
  selectQuote: (index) => {
    const quote = articles.quote(index);
    if (quote) void actions.showRelation(quote.edge);
  },
  selectEntity: (id) => void nodeActions.jumpTo(id),
  close: () => articles.close(),
});
const articles = new ArticleController(store, articleView);

const tableRoot = byId('table-view');
const views: Views = {
  canvas,
  legend: new Legend(byId('legend'), (type) => actions.toggleType(type)),
  filters: new FilterPanel(byId('filters'), {
    toggleRelationType: (t) => actions.toggleRelationType(t),
    setFilters: (f) => actions.setFilters(f),
    openArticle: (s) => void articles.open(s),
  }),
  details: new DetailsPanel(byId('details'), nodeActions),
  path: new PathPanel(byId('path-panel'), {
    select: (s) => actions.select(s),
    reveal: (id) => revealElement(canvas.cy, id),
    clearPath: () => actions.clearPath(),
  }),
  table: new TableView(tableRoot, (selection) => actions.select(selection)),
  summary: new ViewSummary(byId('view-state'), {
    clearFocus: () => actions.clearFocus(),
    unhideAll: () => actions.unhideAll(),
    showOverview: () => actions.showOverview(),
  }),
  undo: byId<HTMLButtonElement>('undo'),
  redo: byId<HTMLButtonElement>('redo'),
  layout: byId<HTMLSelectElement>('layout'),
  overlay: byId('overlay'),
  status: byId('status'),
};

store.subscribe((state) => render(state, views, serverInfo));
watchDetails(store);

const searchBox = new SearchBox(byId('search'), {
  onQuery: (query) => void searches.query(query),
  onChoose: (result) => void nodeActions.jumpTo(result.node.id),
});
const searches = new SearchController(searchBox);

const on = (id: string, handler: () => void) => byId(id).addEventListener('click', handler);
on('undo', () => actions.undo());
on('redo', () => actions.redo());
on('fit', () => canvas.fit());
on('relayout', () => actions.relayout());
on('reset', () => actions.resetView());
views.layout.addEventListener('change', () => actions.setLayout(views.layout.value as LayoutName));
const closeMenu = () => byId<HTMLDetailsElement>('export-menu').removeAttribute('open');
const figure = () => {
  const state = store.get();
  const edgeLabels = byId<HTMLInputElement>('export-edge-labels').checked;
  return figureFor(state.data, state.history.present, currentVisible(state), exportDate(), edgeLabels);
};
on('export-png', () => (void exportPng(canvas, figure()), closeMenu()));
on('export-svg', () => (exportSvg(canvas, figure()), closeMenu()));
on('export-json', () => (exportJson(canvas, currentVisible(store.get()), store.get().data), closeMenu()));
on('export-graphml', () => (exportGraphml(currentVisible(store.get()), store.get().data), closeMenu()));
on('export-gexf', () => (exportGexf(currentVisible(store.get()), store.get().data), closeMenu()));
on('toggle-table', () => {
  const toggle = byId('toggle-table');
  tableRoot.hidden = !tableRoot.hidden;
  toggle.setAttribute('aria-pressed', String(!tableRoot.hidden));
  render(store.get(), views, serverInfo);
});

const refresh = async (created: string[] = []) => {
  invalidateDetails(store);
  const { history, selection, pathPick } = store.get();
  const pathEnds = pathPick.from && pathPick.to ? { from: pathPick.from, to: pathPick.to } : null;
  // A view asked for but not shown (a link followed during an outage) wins over the one shown.
  const target = unshownTarget(store) ?? { view: history.present, selection, pathEnds };
  await restoreView(store, target, { keepHistory: true, reload: true });
  store.update((s) => ({ ...s, created }));
  void articles.reload();
};

const importDialog = new ImportDialog((request) => void importer.run(request));
const importer = new Importer(importDialog, (report) => void refresh(report.createdEntityIds));
on('open-import', () => importDialog.open(importer.savedToken()));

// "New from article…": draft, review, then the same dry run and import (docs/drafting.md).
const workbenchDialog = new WorkbenchDialog();
const workbench = new Workbench(workbenchDialog, (created) => void refresh(created));
workbenchDialog.connect({
  draft: (text, source) => void workbench.start(text, source),
  step: (step) => workbench.step(step),
  undo: () => workbench.undo(),
  redo: () => workbench.redo(),
  selectSentence: (index) => workbench.selectSentence(index),
  searchMerge: (candidate, query) => void workbench.searchMerge(candidate, query),
  cancelMerge: () => workbench.cancelMerge(),
  run: (dryRun, token) => workbench.run(dryRun, token),
  download: () => workbench.download(),
});
on('open-workbench', () => workbenchDialog.open(workbench.savedToken()));

const banner = new Banner(byId('banner'));
const readiness = new ReadinessMonitor(
  (state) => banner.render(state),
  () => {
    void loadHealth();
    void refresh(store.get().created);
  },
);
// A failed request is a hint that something is down: check now rather than at the next poll.
store.subscribe((state, previous) => {
  if (state.error && state.error !== previous.error) void readiness.check();
});

async function loadHealth(): Promise<void> {
  serverInfo = await fetchServerInfo();
  render(store.get(), views, serverInfo);
}

installShortcuts(store, actions);
installScreenControls();
installCanvasKeyboard(byId('graph'), byId('graph-announce'), canvas, {
  selection: () => store.get().selection,
  onSelect: (selection) => actions.select(selection),
  onExpand: (id) => void actions.expand(id),
});
window.addEventListener('hashchange', () => void restoreView(store, fromHash(location.hash)));

// Test seam: the e2e build (vite --mode e2e) exposes read-only handles; other builds drop this.
if (import.meta.env.MODE === 'e2e') exposeDebugHandles({ store, canvas, layoutReports });

// The overview first: the first picture waits for its answer; health and readiness can follow.
void restoreView(store, fromHash(location.hash), { overview: bootOverview });
readiness.start();
void loadHealth();
