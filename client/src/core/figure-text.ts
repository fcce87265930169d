// The words around an exported picture: a title that says what the view shows, the legend of the
// types drawn (with how many), and the sources the drawn relations rest on, with the date.
import type { Figure, LegendEntry } from './svg-export';
import { styleForType } from './style-for-type';
import type { GraphData, SourceInfo } from './types';
import type { ViewState } from './view-state';
import type { VisibleGraph } from './visible';

const nameOf = (data: GraphData, id: string) => data.nodes[id]?.name ?? id;

export function figureTitle(data: GraphData, view: ViewState, visible: VisibleGraph): string {
  if (view.path) return `Path from ${nameOf(data, view.path.from)} to ${nameOf(data, view.path.to)}`;
  if (view.focus) {
    const hops = view.focus.depth === 1 ? '1 step' : `${view.focus.depth} steps`;
    return `${nameOf(data, view.focus.id)} and everything within ${hops}`;
  }
  return `${visible.nodes.length} entities and ${visible.edges.length} relations`;
}

export function figureLegend(visible: VisibleGraph): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const node of visible.nodes) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([type, count]) => ({ type, count, color: styleForType(type).color, shape: styleForType(type).shape }));
}

function credit(source: SourceInfo): string {
  const parts = [source.title ?? source.id, source.publisher, source.publishedAt].filter((p): p is string => !!p);
  return `Source: ${parts.join(', ')}${source.url ? ` (${source.url})` : ''}`;
}

/** Sources cited by the drawn relations' evidence, or else mentioning the drawn entities. */
export function figureCredits(data: GraphData, visible: VisibleGraph, date: string): string[] {
  const ids = new Set(visible.edges.flatMap((e) => e.evidence.map((ev) => ev.source.id)));
  if (ids.size === 0) for (const node of visible.nodes) for (const id of node.sources) ids.add(id);
  const sources = [...ids].sort().map((id) => data.sources[id] ?? { id });
  return [...sources.map(credit), `Made with Jejaring, exported ${date}.`];
}

export function figureFor(data: GraphData, view: ViewState, visible: VisibleGraph, date: string, edgeLabels: boolean): Figure {
  return {
    title: figureTitle(data, view, visible),
    date: `Exported ${date}`,
    legend: figureLegend(visible),
    credits: figureCredits(data, visible, date),
    edgeLabels,
  };
}
