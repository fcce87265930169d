// The one mutable place: holds the app state (plain data) and tells subscribers when it changes.
import { emptyGraphData } from '../core/graph-data';
import { createHistory, type History } from '../core/history';
import type { DetailsEntry, GraphData, Selection } from '../core/types';
import { initialViewState, type ViewState } from '../core/view-state';
import type { Viewport } from '../core/viewport';

export interface PathPick {
  from: string | null;
  to: string | null;
}

export interface AppState {
  data: GraphData;
  history: History<ViewState>;
  selection: Selection;
  pathPick: PathPick;
  /** Entities the last import created: highlighted until the next import. */
  created: string[];
  /** What is loading, for the indicator; null when idle. */
  loading: string | null;
  /** A user-facing error message, e.g. a failed query. */
  error: string | null;
  /** Whether the path query found nothing for the current pick. */
  pathMissing: boolean;
  /** Bumped to make the canvas run its layout again from scratch. */
  layoutRequest: number;
  /** Set once the overview has loaded. */
  ready: boolean;
  /** A view is being restored: the canvas waits for all of it, so it is laid out once. */
  restoring: boolean;
  /** Details (relations, sources) of entities shown in the details panel, by id (app/details.ts). */
  details: Record<string, DetailsEntry>;
  /** Zoom and pan the user chose (kept in the URL, not in undo history); null: fitted. */
  viewport: Viewport | null;
}

export function initialAppState(): AppState {
  return {
    data: emptyGraphData(),
    history: createHistory(initialViewState()),
    selection: null,
    pathPick: { from: null, to: null },
    created: [],
    loading: null,
    error: null,
    pathMissing: false,
    layoutRequest: 0,
    ready: false,
    restoring: false,
    details: {},
    viewport: null,
  };
}

export type Listener = (state: AppState, previous: AppState) => void;

export class Store {
  private state: AppState = initialAppState();
  private readonly listeners = new Set<Listener>();

  get(): AppState {
    return this.state;
  }

  view(): ViewState {
    return this.state.history.present;
  }

  update(change: (state: AppState) => AppState): void {
    const previous = this.state;
    const next = change(previous);
    if (next === previous) return;
    this.state = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
