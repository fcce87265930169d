// The legend: one toggle button per entity type (colour + shape + count). Pressed = shown.
import { typeCounts } from '../core/panel-data';
import { styleForType } from '../core/style-for-type';
import type { GraphData } from '../core/types';
import { button, clear, el, swatch } from './dom';

export class Legend {
  private signature = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly onToggle: (type: string) => void,
  ) {}

  render(data: GraphData, hiddenTypes: string[]): void {
    const counts = typeCounts(data);
    const signature = JSON.stringify([counts, hiddenTypes]);
    if (signature === this.signature) return;
    this.signature = signature;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.type : undefined;
    clear(this.root);
    this.root.append(el('h2', {}, 'Entity types'));
    if (counts.length === 0) return void this.root.append(el('p', { class: 'muted' }, 'No entities yet.'));
    const list = el('ul', { class: 'legend' });
    for (const [type, count] of counts) {
      const style = styleForType(type);
      const shown = !hiddenTypes.includes(type);
      const toggle = button('', () => this.onToggle(type), {
        class: 'legend-item',
        'aria-pressed': String(shown),
        'data-type': type,
        title: shown ? `Hide ${type}` : `Show ${type}`,
      });
      toggle.append(
        swatch(style.color, style.shape),
        el('span', { class: 'legend-name' }, type),
        el('span', { class: 'count' }, String(count)),
      );
      list.append(el('li', {}, toggle));
      if (focused === type) queueMicrotask(() => toggle.focus());
    }
    this.root.append(list);
  }
}
