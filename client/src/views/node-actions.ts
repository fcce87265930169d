// The buttons under a selected entity: expand, show more, collapse, hide, focus, path ends.
import type { GraphEdge, GraphNode, Selection } from '../core/types';
import { MAX_FOCUS_DEPTH } from '../core/view-state';
import { button, el } from './dom';

export interface NodeActions {
  select(selection: Selection): void;
  jumpTo(id: string): Promise<void>;
  showRelation(edge: GraphEdge): Promise<void>;
  expand(id: string, more?: boolean): Promise<void>;
  collapse(id: string): void;
  hide(ids: string[]): void;
  focus(id: string, depth: number): void;
  clearFocus(): void;
  startFrom(id: string): void;
  pickPathEnd(end: 'from' | 'to', id: string): Promise<void>;
  /** Opens a source in the Article view (the evidence's "Read article"). */
  openArticle?: (sourceId: string) => void;
}

export interface NodeActionState {
  expanded: boolean;
  /** Neighbours shown so far, and whether more exist. */
  shownNeighbours: number;
  more: boolean;
  focusDepth: number | null;
  pathFrom: boolean;
  pathTo: boolean;
}

export function nodeActionBar(node: GraphNode, state: NodeActionState, actions: NodeActions): HTMLElement {
  const depth = el('select', { 'aria-label': 'Focus depth', title: 'Focus depth (hops)' });
  for (let d = 1; d <= MAX_FOCUS_DEPTH; d++)
    depth.append(el('option', { value: d, selected: d === (state.focusDepth ?? 1) }, `${d} hop${d > 1 ? 's' : ''}`));
  const bar = el(
    'div',
    { class: 'node-actions', role: 'group', 'aria-label': 'Entity actions' },
    button(state.expanded ? 'Expanded' : 'Expand', () => void actions.expand(node.id), {
      disabled: state.expanded,
      title: 'Show its neighbours (or double-click the node)',
    }),
    state.more
      ? button('Show more', () => void actions.expand(node.id, true), { title: `${state.shownNeighbours} neighbours shown` })
      : null,
    state.expanded ? button('Collapse', () => actions.collapse(node.id), { title: 'Hide the neighbours that hang on it alone' }) : null,
    button('Hide', () => actions.hide([node.id])),
    state.focusDepth === null
      ? el(
          'span',
          { class: 'focus-group' },
          button('Focus', () => actions.focus(node.id, Number(depth.value))),
          depth,
        )
      : el(
          'span',
          { class: 'focus-group' },
          button('Exit focus', () => actions.clearFocus()),
          depth,
        ),
    button('Start from here', () => actions.startFrom(node.id), { title: 'Clear the canvas and explore from this entity' }),
    button('Path from here', () => void actions.pickPathEnd('from', node.id), { 'aria-pressed': String(state.pathFrom) }),
    button('Path to here', () => void actions.pickPathEnd('to', node.id), { 'aria-pressed': String(state.pathTo) }),
  );
  depth.addEventListener('change', () => {
    if (state.focusDepth !== null) actions.focus(node.id, Number(depth.value));
  });
  return bar;
}
