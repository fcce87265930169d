// Relation type and source filters: checkboxes (checked = shown).
import type { Filters } from '../core/filters';
import { filterOptions } from '../core/panel-data';
import type { GraphData } from '../core/types';
import { clear, el } from './dom';
import { readArticleButton } from './evidence';

export interface FilterHandlers {
  toggleRelationType(type: string): void;
  toggleSource(id: string): void;
  /** Opens the source in the Article view. */
  openArticle?: (id: string) => void;
}

export class FilterPanel {
  private signature = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: FilterHandlers,
  ) {}

  render(data: GraphData, filters: Filters): void {
    const { relationTypes, sources } = filterOptions(data);
    const signature = JSON.stringify([relationTypes, sources.map((s) => s.id), filters]);
    if (signature === this.signature) return;
    this.signature = signature;
    const focusedValue =
      document.activeElement instanceof HTMLInputElement && this.root.contains(document.activeElement) ? document.activeElement.id : null;
    clear(this.root);
    const relBox = el('fieldset', { class: 'filter-group' }, el('legend', {}, 'Relation types'));
    for (const type of relationTypes) {
      const id = `rel-filter-${type}`;
      const box = el('input', { type: 'checkbox', id, checked: !filters.hiddenRelationTypes.includes(type) });
      box.addEventListener('change', () => this.handlers.toggleRelationType(type));
      relBox.append(el('div', { class: 'check' }, box, el('label', { for: id }, type)));
    }
    const srcBox = el('fieldset', { class: 'filter-group' }, el('legend', {}, 'Sources'));
    srcBox.append(
      el(
        'p',
        { class: 'hint' },
        filters.sources.length === 0 ? 'All sources shown. Tick some to show only theirs.' : 'Only the ticked sources.',
      ),
    );
    for (const source of sources) {
      const id = `src-filter-${source.id}`;
      const box = el('input', { type: 'checkbox', id, checked: filters.sources.includes(source.id) });
      box.addEventListener('change', () => this.handlers.toggleSource(source.id));
      const open = this.handlers.openArticle;
      srcBox.append(
        el(
          'div',
          { class: 'check' },
          box,
          el('label', { for: id }, source.title || source.id),
          open ? readArticleButton(source, open) : null,
        ),
      );
    }
    this.root.append(
      el('details', { class: 'filters', open: filters.hiddenRelationTypes.length > 0 }, el('summary', {}, 'Relation types'), relBox),
      el('details', { class: 'filters', open: true }, el('summary', {}, 'Sources'), srcBox),
    );
    if (focusedValue) document.getElementById(focusedValue)?.focus();
  }
}
