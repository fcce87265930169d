// User actions: each turns the present view into the next one with a pure core function and
// records it as one undo step. Fetching happens first, so undo/redo never needs the network.
import { canRedo, canUndo, push, redo, undo } from '../core/history';
import { toggleRelationType, toggleType, type Filters } from '../core/filters';
import { mergeSubgraph } from '../core/graph-data';
import type { GraphEdge, LayoutName, Selection } from '../core/types';
import * as vs from '../core/view-state';
import { ensureEntities, ensureNeighbourhood, loadPath, withLoading } from './loaders';
import { currentVisible } from './render';
import type { Store } from './store';

export class Actions {
  constructor(private readonly store: Store) {}

  private commit(change: (view: vs.ViewState) => vs.ViewState): void {
    this.store.update((s) => ({ ...s, history: push(s.history, change(s.history.present)) }));
  }

  select(selection: Selection): void {
    this.store.update((s) => ({ ...s, selection }));
  }

  /** Selects a relation from the details panel (it may not be drawn: its ends are fetched for names). */
  async showRelation(edge: GraphEdge): Promise<void> {
    this.store.update((s) => ({ ...s, data: mergeSubgraph(s.data, { nodes: [], edges: [edge] }) }));
    this.select({ kind: 'edge', id: edge.id });
    await ensureEntities(this.store, [edge.source, edge.target]).catch(() => undefined);
  }

  /** Selects an entity, adding it to the view first if it is not shown. */
  async jumpTo(id: string): Promise<void> {
    await withLoading(this.store, 'Loading entity…', () => ensureEntities(this.store, [id]));
    const { data } = this.store.get();
    if (!data.nodes[id]) return;
    const visible = this.isVisible(id);
    if (!visible) this.commit((v) => vs.reveal(v, data, id));
    this.select({ kind: 'node', id });
  }

  isVisible(id: string): boolean {
    return currentVisible(this.store.get()).nodes.some((n) => n.id === id);
  }

  async expand(id: string, more = false): Promise<void> {
    const current = this.store.view().expanded[id] ?? 0;
    const count = more ? current + vs.EXPAND_PAGE : Math.max(current, vs.EXPAND_PAGE);
    await withLoading(this.store, 'Expanding…', () => ensureNeighbourhood(this.store, id, count));
    const { data } = this.store.get();
    this.commit((v) => vs.expand(v, data, id, count));
  }

  collapse(id: string): void {
    const { data } = this.store.get();
    this.commit((v) => vs.collapse(v, data, id));
  }

  hide(ids: string[]): void {
    this.commit((v) => vs.hide(v, ids));
    const sel = this.store.get().selection;
    if (sel?.kind === 'node' && ids.includes(sel.id)) this.select(null);
  }

  unhideAll(): void {
    this.commit(vs.unhideAll);
  }

  focus(id: string, depth: number): void {
    this.commit((v) => vs.setFocus(v, id, depth));
  }

  clearFocus(): void {
    this.commit(vs.clearFocus);
  }

  startFrom(id: string): void {
    this.commit((v) => vs.startFrom(v, [id]));
  }

  showOverview(): void {
    this.commit((v) => ({ ...v, overview: true }));
  }

  toggleType(type: string): void {
    this.commit((v) => vs.setFilters(v, toggleType(v.filters, type)));
  }

  toggleRelationType(type: string): void {
    this.commit((v) => vs.setFilters(v, toggleRelationType(v.filters, type)));
  }

  /** Replaces the filters at once (the filter panel's all / none / only this, and source ticks). */
  setFilters(filters: Filters): void {
    this.commit((v) => vs.setFilters(v, filters));
  }

  setLayout(layout: LayoutName): void {
    this.commit((v) => vs.setLayout(v, layout));
  }

  relayout(): void {
    this.store.update((s) => ({ ...s, layoutRequest: s.layoutRequest + 1 }));
  }

  resetView(): void {
    this.commit(() => vs.initialViewState());
    this.store.update((s) => ({
      ...s,
      selection: null,
      pathPick: { from: null, to: null },
      pathMissing: false,
      layoutRequest: s.layoutRequest + 1,
    }));
  }

  undo(): void {
    this.store.update((s) => (canUndo(s.history) ? { ...s, history: undo(s.history) } : s));
  }

  redo(): void {
    this.store.update((s) => (canRedo(s.history) ? { ...s, history: redo(s.history) } : s));
  }

  async pickPathEnd(end: 'from' | 'to', id: string): Promise<void> {
    this.store.update((s) => ({ ...s, pathPick: { ...s.pathPick, [end]: id }, pathMissing: false }));
    const { from, to } = this.store.get().pathPick;
    if (from && to && from !== to) await this.findPath(from, to);
  }

  async findPath(from: string, to: string): Promise<void> {
    const path = await withLoading(this.store, 'Finding path…', () => loadPath(this.store, from, to));
    if (path === undefined) return;
    this.store.update((s) => ({ ...s, pathPick: { from, to }, pathMissing: path === null }));
    this.commit((v) => vs.setPath(v, path));
  }

  clearPath(): void {
    this.store.update((s) => ({ ...s, pathPick: { from: null, to: null }, pathMissing: false }));
    if (this.store.view().path) this.commit((v) => vs.setPath(v, null));
  }
}
