// The filter panel's ticks mean one thing everywhere: ticked = shown. Relation types are stored as
// the hidden ones and sources as the only ones shown (empty = all), so these pure functions turn
// ticks into filter changes for both.
import type { Filters } from './filters';
import type { GraphData } from './types';

/** Each loaded relation type with how many loaded relations have it, sorted by type. */
export function relationTypeCounts(data: GraphData): [string, number][] {
  const counts = new Map<string, number>();
  for (const edge of Object.values(data.edges)) counts.set(edge.type, (counts.get(edge.type) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}

export const onlyRelationType = (filters: Filters, type: string, all: readonly string[]): Filters => ({
  ...filters,
  hiddenRelationTypes: all.filter((t) => t !== type).sort(),
});

export const allRelationTypes = (filters: Filters): Filters => ({ ...filters, hiddenRelationTypes: [] });

export const noRelationTypes = (filters: Filters, all: readonly string[]): Filters => ({
  ...filters,
  hiddenRelationTypes: [...all].sort(),
});

export const sourceShown = (filters: Filters, id: string): boolean => filters.sources.length === 0 || filters.sources.includes(id);

/** Ticks or unticks a source. Ticking every source again means "all" (the empty list). */
export function toggleSourceShown(filters: Filters, id: string, all: readonly string[]): Filters {
  const shown = new Set(filters.sources.length === 0 ? all : filters.sources);
  if (shown.has(id)) shown.delete(id);
  else shown.add(id);
  if (shown.size === 0) return filters;
  const sources = all.every((s) => shown.has(s)) ? [] : [...shown].sort();
  return { ...filters, sources };
}

/** The last ticked source cannot be unticked: no source would mean nothing to show. */
export function lastShownSource(filters: Filters, id: string, all: readonly string[]): boolean {
  const shown = filters.sources.length === 0 ? all : filters.sources;
  return shown.length === 1 && shown[0] === id;
}
