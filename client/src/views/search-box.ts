// Entity search: an ARIA 1.2 combobox (input + listbox popup), debounced, keyboard-drivable.
// Each option shows the entity's type and the alias that matched. It emits the (debounced) query;
// app/search.ts runs it and hands back the results.
import { closedCombo, comboKey, withResults, type ComboKey, type ComboState } from '../core/combobox';
import { styleForType } from '../core/style-for-type';
import type { SearchResult } from '../core/types';
import { clear, el, swatch } from './dom';

export const SEARCH_DEBOUNCE_MS = 200;

export class SearchBox {
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly statusLine: HTMLElement;
  private state: ComboState = closedCombo();
  private results: SearchResult[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** An "no results" / error line is showing instead of options. */
  private emptyShown = false;

  constructor(
    root: HTMLElement,
    private readonly handlers: { onQuery(query: string): void; onChoose(result: SearchResult): void },
  ) {
    this.input = el('input', {
      type: 'search',
      id: 'search-input',
      'aria-label': 'Search entities',
      placeholder: 'Search entities (e.g. Korea Utara)…',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-results',
      autocomplete: 'off',
      spellcheck: 'false',
    });
    this.list = el('ul', { id: 'search-results', role: 'listbox', 'aria-label': 'Search results', class: 'search-results', hidden: true });
    this.statusLine = el('span', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    root.append(this.input, this.list, this.statusLine);
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => this.close());
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const query = this.input.value.trim();
    if (query.length === 0) {
      this.handlers.onQuery('');
      this.show([]);
      return;
    }
    this.timer = setTimeout(() => {
      this.input.setAttribute('aria-busy', 'true');
      this.handlers.onQuery(query);
    }, SEARCH_DEBOUNCE_MS);
  }

  /** The answer to the newest query. */
  showResults(query: string, results: SearchResult[]): void {
    this.input.removeAttribute('aria-busy');
    this.show(results);
    this.statusLine.textContent = results.length === 0 ? `No entities match “${query}”.` : `${results.length} results.`;
    if (results.length === 0) this.showEmpty(query);
  }

  showFailure(query: string, message: string): void {
    this.input.removeAttribute('aria-busy');
    this.showEmpty(query, message);
  }

  private show(answer: SearchResult[]): void {
    // Name and alias hits first; hits only through the description after them, in their own group.
    const byName = answer.filter((result) => result.matched !== null);
    const byDescription = answer.filter((result) => result.matched === null);
    const results = [...byName, ...byDescription];
    this.results = results;
    this.emptyShown = false;
    this.state = withResults(results.length);
    clear(this.list);
    const grouped = byName.length > 0 && byDescription.length > 0;
    const groups = grouped ? [searchGroup('Names and aliases', 'names'), searchGroup('Mentioned in the description', 'descriptions')] : [];
    for (const group of groups) this.list.append(group.root);
    results.forEach((result, i) => {
      const style = styleForType(result.node.type);
      const matched = result.matched && result.matched !== result.node.name ? result.matched : null;
      const option = el(
        'li',
        { id: `search-option-${i}`, role: 'option', 'aria-selected': 'false', class: 'option' },
        swatch(style.color, style.shape),
        el('span', { class: 'option-name' }, result.node.name),
        el('span', { class: 'option-type' }, result.node.type),
        matched ? el('span', { class: 'option-matched' }, `matched “${matched}”`) : null,
      );
      // mousedown, not click: the input's blur would close the list before a click lands.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        this.choose(i);
      });
      const group = groups[result.matched === null ? 1 : 0];
      (group ? group.options : this.list).append(option);
    });
    this.paint();
  }

  private showEmpty(query: string, message?: string): void {
    clear(this.list);
    this.results = [];
    this.state = closedCombo();
    this.list.append(el('li', { class: 'empty', role: 'presentation' }, message ?? `No entities match “${query}”.`));
    this.emptyShown = true;
    this.paint();
  }

  private onKey(event: KeyboardEvent): void {
    const keys: ComboKey[] = ['ArrowDown', 'ArrowUp', 'Enter', 'Escape', 'Home', 'End'];
    if (!keys.includes(event.key as ComboKey)) return;
    if ((event.key === 'Home' || event.key === 'End') && !this.state.open) return;
    const result = comboKey(this.state, event.key as ComboKey);
    if (result.state !== this.state || result.choose !== undefined || result.clear) event.preventDefault();
    this.state = result.state;
    if (result.clear) {
      this.input.value = '';
      this.show([]);
    }
    if (result.choose !== undefined) this.choose(result.choose);
    this.paint();
  }

  private choose(index: number): void {
    const result = this.results[index];
    if (!result) return;
    this.input.value = result.node.name;
    this.close();
    this.handlers.onChoose(result);
  }

  private close(): void {
    this.emptyShown = false;
    this.state = closedCombo(this.results.length);
    this.paint();
  }

  private paint(): void {
    const open = this.state.open && this.results.length > 0;
    this.list.hidden = !open && !this.emptyShown;
    this.input.setAttribute('aria-expanded', String(open));
    const options = this.list.querySelectorAll<HTMLElement>('[role="option"]');
    options.forEach((option, i) => {
      const active = i === this.state.active;
      option.setAttribute('aria-selected', String(active));
      option.classList.toggle('active', active);
      if (active) option.scrollIntoView({ block: 'nearest' });
    });
    const active = options[this.state.active];
    if (open && active) this.input.setAttribute('aria-activedescendant', active.id);
    else this.input.removeAttribute('aria-activedescendant');
  }
}

/** A labelled group of options (ARIA 1.2 listbox groups); the label is shown and names the group. */
function searchGroup(label: string, key: string): { root: HTMLElement; options: HTMLElement } {
  const id = `search-group-${key}`;
  const options = el('ul', { role: 'none', class: 'search-group-options' });
  const root = el(
    'li',
    { role: 'group', 'aria-labelledby': id, class: 'search-group' },
    el('span', { id, class: 'search-group-label' }, label),
    options,
  );
  return { root, options };
}
