// Keeps what matters in view: after a panel opens or closes (the canvas changes size), and after
// focus, path, expand or overview, the viewport pans (or zooms out) so that the selection and the
// result are fully visible. Animated briefly; instant when the user prefers reduced motion or the
// graph is big (views/viewport-move.ts).
import type { Collection, Core } from 'cytoscape';
import { revealMove } from '../core/reveal';
import { jumpsInstead } from './viewport-move';
import type { Selection } from '../core/types';

const MARGIN = 30;
const DURATION_MS = 250;

export interface KeepInput {
  selection: Selection;
  pathNodes: string[];
  /** Changes when focus mode is entered, left or changes entity or depth. */
  focusKey: string;
  overview: boolean;
}

export class ViewKeeper {
  private last: { selection: string; path: string; focus: string; overview: boolean } | null = null;
  private size = { width: 0, height: 0 };
  private selection: Selection = null;

  /** After the canvas drew a new state: reveal what this change brought into view. */
  afterSync(cy: Core, input: KeepInput, added: string[], laidOut: boolean): void {
    const now = {
      selection: input.selection ? `${input.selection.kind}:${input.selection.id}` : '',
      path: input.pathNodes.join(' '),
      focus: input.focusKey,
      overview: input.overview,
    };
    const before = this.last;
    this.last = now;
    this.selection = input.selection;
    this.measure(cy);
    if (laidOut || !before) return; // a layout fits the whole graph itself
    let target: Collection;
    if (now.path !== before.path && input.pathNodes.length > 0) target = byIds(cy, input.pathNodes);
    else if (now.focus !== before.focus || (now.overview && !before.overview)) target = cy.nodes() as unknown as Collection;
    else if (added.length > 0) target = byIds(cy, added).union(selected(cy, input.selection));
    else if (now.selection !== before.selection) target = selected(cy, input.selection);
    else return;
    reveal(cy, target);
  }

  /** The canvas changed size (a panel opened or closed, the window turned): keep the selection visible. */
  afterResize(cy: Core): void {
    if (!this.measure(cy)) return;
    reveal(cy, selected(cy, this.selection));
  }

  /** Tells Cytoscape the container's size; true when it changed. */
  private measure(cy: Core): boolean {
    cy.resize();
    const changed = cy.width() !== this.size.width || cy.height() !== this.size.height;
    this.size = { width: cy.width(), height: cy.height() };
    return changed;
  }
}

function byIds(cy: Core, ids: string[]): Collection {
  // Look-ups by id: filtering every element was ~10 ms of an expansion at 5k entities (12k elements).
  const found = cy.collection();
  for (const id of ids) found.merge(cy.getElementById(id));
  return found;
}

function selected(cy: Core, selection: Selection): Collection {
  if (!selection) return cy.collection();
  const element = cy.getElementById(selection.id);
  return element.isEdge() ? element.union(element.connectedNodes()) : element;
}

export function reveal(cy: Core, target: Collection): void {
  if (target.empty()) return;
  const move = revealMove(
    target.boundingBox({ includeLabels: false }),
    { width: cy.width(), height: cy.height(), zoom: cy.zoom(), pan: cy.pan() },
    MARGIN,
    cy.minZoom(),
  );
  if (!move) return;
  cy.stop();
  if (jumpsInstead(cy)) cy.viewport(move);
  else cy.animate(move, { duration: DURATION_MS });
}
