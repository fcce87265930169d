// Fetches the selected entity's details (relations, sources) for the details panel into the app
// state, once per entity until an import invalidates them; a failed fetch is retried when the
// entity is selected again.
import { fetchEntity } from '../api/explorer-api';
import type { DetailsEntry } from '../core/types';
import type { Store } from './store';

export function watchDetails(store: Store): void {
  store.subscribe((state, previous) => {
    const selection = state.selection;
    if (selection?.kind !== 'node' || !state.data.nodes[selection.id]) return;
    const entry = state.details[selection.id];
    const reselected = previous.selection?.kind !== 'node' || previous.selection.id !== selection.id;
    // After the other subscribers have seen this state (loadDetails changes it again).
    if (!entry || (entry.status === 'failed' && reselected)) queueMicrotask(() => void loadDetails(store, selection.id));
  });
}

export async function loadDetails(store: Store, id: string): Promise<void> {
  const entry = store.get().details[id];
  if (entry && entry.status !== 'failed') return;
  const loading = { status: 'loading' } as const;
  store.update((s) => ({ ...s, details: { ...s.details, [id]: loading } }));
  let next: DetailsEntry;
  try {
    next = { status: 'loaded', details: await fetchEntity(id) };
  } catch (error) {
    next = { status: 'failed', message: (error as Error).message };
  }
  // Unless an import dropped the details meanwhile (they are fetched again then).
  store.update((s) => (s.details[id] === loading ? { ...s, details: { ...s.details, [id]: next } } : s));
}

/** Forgets every fetched detail (an import changed the data); the selected entity's are fetched again. */
export function invalidateDetails(store: Store): void {
  store.update((s) => ({ ...s, details: {} }));
}
