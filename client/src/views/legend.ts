// The legend: one toggle button per entity type (colour + shape + visible / total count). Pressed =
// shown. Core types first; types styled from a hash of their name are listed apart, under "Other types".
import { typeCounts } from '../core/panel-data';
import { isCoreType, styleForType } from '../core/style-for-type';
import type { GraphData } from '../core/types';
import type { VisibleGraph } from '../core/visible';
import { button, clear, el, swatch } from './dom';

export class Legend {
  private signature = '';
  private last: [GraphData | null, string[] | null, VisibleGraph | null] = [null, null, null];

  constructor(
    private readonly root: HTMLElement,
    private readonly onToggle: (type: string) => void,
  ) {}

  render(data: GraphData, hiddenTypes: string[], visible: VisibleGraph): void {
    // Same objects as last time (the store never changes them in place): nothing to count again.
    if (data === this.last[0] && hiddenTypes === this.last[1] && visible === this.last[2]) return;
    this.last = [data, hiddenTypes, visible];
    const counts = typeCounts(data);
    const shown = new Map<string, number>();
    for (const node of visible.nodes) shown.set(node.type, (shown.get(node.type) ?? 0) + 1);
    const signature = JSON.stringify([counts, [...shown], hiddenTypes]);
    if (signature === this.signature) return;
    this.signature = signature;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.type : undefined;
    clear(this.root);
    this.root.append(el('h2', {}, 'Entity types'));
    if (counts.length === 0) return void this.root.append(el('p', { class: 'muted' }, 'No entities yet.'));
    const core = el('ul', { class: 'legend' });
    const others = el('ul', { class: 'legend', 'aria-label': 'Other types' });
    for (const [type, total] of counts) {
      const style = styleForType(type);
      const typeShown = !hiddenTypes.includes(type);
      const inView = shown.get(type) ?? 0;
      const toggle = button('', () => this.onToggle(type), {
        class: 'legend-item',
        'aria-pressed': String(typeShown),
        'data-type': type,
        title: typeShown ? `Hide ${type}` : `Show ${type}`,
      });
      toggle.append(
        swatch(style.color, style.shape),
        el('span', { class: 'legend-name' }, type),
        el('span', { class: 'count' }, `${inView} / ${total}`),
        el('span', { class: 'visually-hidden' }, ' shown'),
      );
      (isCoreType(type) ? core : others).append(el('li', {}, toggle));
      if (focused === type) queueMicrotask(() => toggle.focus());
    }
    if (core.childElementCount > 0) this.root.append(core);
    if (others.childElementCount > 0)
      this.root.append(el('p', { class: 'legend-group-title', 'aria-hidden': 'true' }, 'Other types'), others);
  }
}
