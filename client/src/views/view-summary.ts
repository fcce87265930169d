// What shapes the current view, with a way out of each: focus, hidden entities, overview off.
import type { GraphData } from '../core/types';
import type { ViewState } from '../core/view-state';
import type { VisibleGraph } from '../core/visible';
import { button, clear, el } from './dom';

export interface SummaryHandlers {
  clearFocus(): void;
  unhideAll(): void;
  showOverview(): void;
}

export class ViewSummary {
  private signature = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: SummaryHandlers,
  ) {}

  render(view: ViewState, data: GraphData, visible: VisibleGraph): void {
    const focusName = view.focus ? (data.nodes[view.focus.id]?.name ?? view.focus.id) : null;
    const signature = JSON.stringify([
      visible.nodes.length,
      visible.edges.length,
      focusName,
      view.focus?.depth,
      view.hidden.length,
      view.overview,
      data.overviewTruncated,
    ]);
    if (signature === this.signature) return;
    this.signature = signature;
    clear(this.root);
    this.root.append(
      el(
        'p',
        { class: 'counts', 'data-visible-count': visible.nodes.length },
        `Showing ${visible.nodes.length} entities · ${visible.edges.length} relations`,
      ),
    );
    if (data.overviewTruncated && view.overview)
      this.root.append(el('p', { class: 'hint' }, 'The overview shows the most connected entities only; expand nodes to see more.'));
    if (focusName && view.focus) {
      this.root.append(
        el(
          'p',
          { class: 'chip' },
          `Focus: ${focusName} (${view.focus.depth} hop${view.focus.depth > 1 ? 's' : ''}) `,
          button('Exit focus', () => this.handlers.clearFocus(), { class: 'small' }),
        ),
      );
    }
    if (view.hidden.length > 0) {
      this.root.append(
        el(
          'p',
          { class: 'chip' },
          `${view.hidden.length} hidden `,
          button('Show hidden', () => this.handlers.unhideAll(), { class: 'small' }),
        ),
      );
    }
    if (!view.overview) {
      this.root.append(
        el(
          'p',
          { class: 'chip' },
          'Exploring from selected entities ',
          button('Show overview', () => this.handlers.showOverview(), { class: 'small' }),
        ),
      );
    }
  }
}
