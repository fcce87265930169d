// What the legend and the filter panel list, derived from the fetched data (pure, for tests).
import { CORE_TYPE_STYLES } from './style-for-type';
import type { GraphData, SourceInfo } from './types';

/** Entity types with how many entities of each are loaded: core types first (in style order), then A–Z. */
export function typeCounts(data: GraphData): [string, number][] {
  const counts = new Map<string, number>();
  for (const node of Object.values(data.nodes)) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  const core = Object.keys(CORE_TYPE_STYLES);
  return [...counts].sort(([a], [b]) => {
    const ia = core.indexOf(a);
    const ib = core.indexOf(b);
    if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
    return a.localeCompare(b);
  });
}

export interface FilterOptions {
  /** Each relation type of the loaded relations once, sorted. */
  relationTypes: string[];
  /** The known sources, by title (or id when untitled). */
  sources: SourceInfo[];
}

export function filterOptions(data: GraphData): FilterOptions {
  return {
    relationTypes: [...new Set(Object.values(data.edges).map((e) => e.type))].sort(),
    sources: Object.values(data.sources).sort((a, b) => (a.title ?? a.id).localeCompare(b.title ?? b.id)),
  };
}
