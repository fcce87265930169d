// Entity type, relation type and source filters: plain lists, toggled by pure functions.

export interface Filters {
  hiddenTypes: string[];
  hiddenRelationTypes: string[];
  /** Show only what these sources support; empty = every source. */
  sources: string[];
}

export function emptyFilters(): Filters {
  return { hiddenTypes: [], hiddenRelationTypes: [], sources: [] };
}

const toggle = (list: string[], value: string): string[] =>
  list.includes(value) ? list.filter((x) => x !== value) : [...list, value].sort();

export function toggleType(filters: Filters, type: string): Filters {
  return { ...filters, hiddenTypes: toggle(filters.hiddenTypes, type) };
}

export function toggleRelationType(filters: Filters, type: string): Filters {
  return { ...filters, hiddenRelationTypes: toggle(filters.hiddenRelationTypes, type) };
}

export function toggleSource(filters: Filters, source: string): Filters {
  return { ...filters, sources: toggle(filters.sources, source) };
}
