// Relation type and source filters. Ticked = shown in both (the panel says so). Relation types read
// as words with their counts, can be searched, and have "all / none" and "only this".
import {
  allRelationTypes,
  lastShownSource,
  noRelationTypes,
  onlyRelationType,
  relationTypeCounts,
  sourceShown,
  toggleSourceShown,
} from '../core/filter-ticks';
import type { Filters } from '../core/filters';
import { filterOptions } from '../core/panel-data';
import { relationWords } from '../core/relation-words';
import type { GraphData } from '../core/types';
import { button, clear, el } from './dom';
import { readArticleButton } from './evidence';

export interface FilterHandlers {
  toggleRelationType(type: string): void;
  setFilters(filters: Filters): void;
  /** Opens the source in the Article view. */
  openArticle?: (id: string) => void;
}

const TICK_HINT = 'Ticked = shown.';

export class FilterPanel {
  private signature = '';
  private last: { data: GraphData | null; filters: Filters | null } = { data: null, filters: null };
  /** The relation-type search text: kept across redraws. */
  private query = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: FilterHandlers,
  ) {}

  render(data: GraphData, filters: Filters): void {
    // The store's objects are never changed in place: the same ones need no counting (at 5k entities
    // the counts over all relations ran on every store change, ~5 per expansion).
    if (data === this.last.data && filters === this.last.filters) return;
    this.last = { data, filters };
    const relationTypes = relationTypeCounts(data);
    const { sources } = filterOptions(data);
    const signature = JSON.stringify([relationTypes, sources.map((s) => s.id), filters]);
    if (signature === this.signature) return;
    this.signature = signature;
    const focusedId =
      document.activeElement instanceof HTMLElement && this.root.contains(document.activeElement) ? document.activeElement.id : null;
    const wasOpen = this.root.querySelector<HTMLDetailsElement>('details.relation-filter')?.open ?? false;
    clear(this.root);
    const allTypes = relationTypes.map(([type]) => type);
    const relBox = el('fieldset', { class: 'filter-group' }, el('legend', {}, 'Relation types'), el('p', { class: 'hint' }, TICK_HINT));
    const search = el('input', {
      type: 'search',
      id: 'rel-filter-search',
      class: 'rel-filter-search',
      'aria-label': 'Find a relation type',
      placeholder: 'Find a relation type…',
      value: this.query,
    });
    const rows: { words: string; type: string; row: HTMLElement }[] = [];
    const applyQuery = () => {
      const q = this.query.trim().toLowerCase();
      for (const { words, type, row } of rows) row.hidden = q !== '' && !words.includes(q) && !type.toLowerCase().includes(q);
    };
    search.addEventListener('input', () => {
      this.query = search.value;
      applyQuery();
    });
    relBox.append(
      search,
      el(
        'div',
        { class: 'filter-bulk' },
        button('Show all', () => this.handlers.setFilters(allRelationTypes(filters)), { class: 'small', id: 'rel-filter-all' }),
        button('Hide all', () => this.handlers.setFilters(noRelationTypes(filters, allTypes)), { class: 'small', id: 'rel-filter-none' }),
      ),
    );
    const list = el('div', { class: 'rel-filter-list' });
    for (const [type, count] of relationTypes) {
      const id = `rel-filter-${type}`;
      const words = relationWords(type);
      const box = el('input', { type: 'checkbox', id, checked: !filters.hiddenRelationTypes.includes(type) });
      box.addEventListener('change', () => this.handlers.toggleRelationType(type));
      const row = el(
        'div',
        { class: 'check rel-filter-row', title: type },
        box,
        el('label', { for: id }, `${words} (${count})`),
        button('only', () => this.handlers.setFilters(onlyRelationType(filters, type, allTypes)), {
          class: 'link small only',
          id: `rel-only-${type}`,
          'aria-label': `Only ${words}`,
        }),
      );
      rows.push({ words, type, row });
      list.append(row);
    }
    relBox.append(list);
    applyQuery();
    const sourceIds = sources.map((s) => s.id);
    const srcBox = el('fieldset', { class: 'filter-group' }, el('legend', {}, 'Sources'));
    srcBox.append(
      el(
        'p',
        { class: 'hint' },
        filters.sources.length === 0 ? `${TICK_HINT} All sources are shown.` : `${TICK_HINT} Only the ticked sources.`,
      ),
    );
    for (const source of sources) {
      const id = `src-filter-${source.id}`;
      const last = lastShownSource(filters, source.id, sourceIds);
      const box = el('input', {
        type: 'checkbox',
        id,
        checked: sourceShown(filters, source.id),
        disabled: last,
        title: last ? 'At least one source stays shown' : null,
      });
      box.addEventListener('change', () => this.handlers.setFilters(toggleSourceShown(filters, source.id, sourceIds)));
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
      el(
        'details',
        { class: 'filters relation-filter', open: wasOpen || filters.hiddenRelationTypes.length > 0 || this.query !== '' },
        el('summary', {}, 'Relation types'),
        relBox,
      ),
      el('details', { class: 'filters', open: true }, el('summary', {}, 'Sources'), srcBox),
    );
    if (focusedId) document.getElementById(focusedId)?.focus();
  }
}
