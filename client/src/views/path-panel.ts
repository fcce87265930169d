// The path finder's result: each step once, as a sentence (a click selects it and pans to it).
import { pathSteps, stepSentence } from '../core/path-sentences';
import type { GraphData, Selection } from '../core/types';
import type { PathView } from '../core/view-state';
import { button, clear, el } from './dom';

export interface PathHandlers {
  select(selection: Selection): void;
  /** Brings a drawn element into view. */
  reveal(id: string): void;
  clearPath(): void;
}

export class PathPanel {
  private signature = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: PathHandlers,
  ) {}

  render(data: GraphData, pick: { from: string | null; to: string | null }, path: PathView | null, missing: boolean): void {
    const signature = JSON.stringify([pick, path, missing, path ? path.nodes.map((id) => data.nodes[id]?.name) : null]);
    if (signature === this.signature) return;
    this.signature = signature;
    clear(this.root);
    const name = (id: string | null) => (id ? (data.nodes[id]?.name ?? id) : '—');
    this.root.hidden = !pick.from && !pick.to && !path;
    this.root.append(el('h2', {}, 'Path'));
    this.root.append(el('p', { class: 'path-ends' }, `From: ${name(path?.from ?? pick.from)} · To: ${name(path?.to ?? pick.to)}`));
    if (missing) this.root.append(el('p', { class: 'muted', role: 'status' }, 'No path found within 6 relations.'));
    else if (!path) this.root.append(el('p', { class: 'hint' }, 'Select another entity and choose “Path to here” (or “Path from here”).'));
    if (path) {
      const steps = pathSteps(path, data);
      const list = el('ol', { class: 'path-steps', 'aria-label': 'Path steps' });
      for (const step of steps)
        list.append(
          el(
            'li',
            {},
            button(
              stepSentence(step),
              () => {
                this.handlers.select({ kind: 'edge', id: step.edgeId });
                this.handlers.reveal(step.edgeId);
              },
              { class: 'link path-step', title: step.type },
            ),
          ),
        );
      this.root.append(list);
    }
    this.root.append(button('Clear path', () => this.handlers.clearPath()));
  }
}
