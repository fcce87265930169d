// Loads everything a view needs (overview, expansions, pins, path), then shows it. Used on start
// (view from the URL), on hashchange, and to refresh after an import or an outage.
import { emptyGraphData } from '../core/graph-data';
import { createHistory, replace } from '../core/history';
import type { Selection } from '../core/types';
import type { ViewState } from '../core/view-state';
import type { Viewport } from '../core/viewport';
import { ensureEntities, ensureNeighbourhood, loadOverview, loadPath, requestOverview, withLoading } from './loaders';
import type { Store } from './store';

export interface RestoreTarget {
  view: ViewState;
  selection: Selection;
  pathEnds: { from: string; to: string } | null;
  /** From a URL: the zoom and pan to show once laid out (absent: keep the current one). */
  viewport?: Viewport | null;
}

export interface RestoreOptions {
  /** Refresh the present in place (after an import) instead of starting a new history. */
  keepHistory?: boolean;
  /**
   * Fetch everything again (after an import or an outage). Without it, data already loaded is kept:
   * a link's new hash (e.g. `#exp=hub:240`) fetches only what the cache lacks, and nothing drawn moves.
   */
  reload?: boolean;
  /** The overview's requests, already sent (at start: app/boot-request.ts). */
  overview?: ReturnType<typeof requestOverview>;
}

/** Per store: the number of the latest restore, and its target until that view has been shown. */
const latest = new WeakMap<Store, { generation: number; target: RestoreTarget | null }>();

/**
 * The view last asked for that has not been shown (its restore failed, e.g. in an outage, or is
 * still loading): a refresh after the outage shows it, not the view from before the link.
 */
export function unshownTarget(store: Store): RestoreTarget | null {
  return latest.get(store)?.target ?? null;
}

export async function restoreView(store: Store, target: RestoreTarget, options: RestoreOptions = {}): Promise<void> {
  const { keepHistory = false, reload = false } = options;
  const generation = (latest.get(store)?.generation ?? 0) + 1;
  latest.set(store, { generation, target });
  const reuse = !reload && store.get().ready;
  // The overview's requests go out before anything else happens: the first render creates the canvas.
  const overview = reuse ? null : (options.overview ?? requestOverview());
  const done = await withLoading(store, 'Loading graph…', async () => {
    store.update((s) => (reuse ? { ...s, restoring: true } : { ...s, data: emptyGraphData(), restoring: true }));
    if (overview) await loadOverview(store, overview);
    const { view, selection, pathEnds } = target;
    await Promise.all(Object.entries(view.expanded).map(([id, count]) => ensureNeighbourhood(store, id, count)));
    const wanted = [...view.pinned, ...(view.focus ? [view.focus.id] : []), ...(selection?.kind === 'node' ? [selection.id] : [])];
    await ensureEntities(store, wanted);
    const path = pathEnds ? await loadPath(store, pathEnds.from, pathEnds.to) : null;
    const next: ViewState = { ...view, path };
    // A newer restore started meanwhile: the view it shows is the one asked for last.
    if (latest.get(store)?.generation !== generation) return true;
    latest.set(store, { generation, target: null });
    store.update((s) => ({
      ...s,
      history: keepHistory ? replace(s.history, next) : createHistory(next),
      selection,
      pathPick: pathEnds ?? { from: null, to: null },
      pathMissing: pathEnds !== null && path === null,
      restoring: false,
      ...(target.viewport !== undefined ? { viewport: target.viewport } : {}),
    }));
    return true;
  });
  // withLoading gives undefined when the work failed: leave restoring mode so the canvas draws again.
  if (!done) store.update((s) => ({ ...s, restoring: false }));
}
