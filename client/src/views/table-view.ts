// The list view: the visible entities and relations as tables, in a pane beside the canvas. Columns
// sort (aria-sort), a filter box narrows both tables, names select on the graph, and each relation's
// quotes expand in place. For people who cannot use the canvas, and for reading evidence.
import {
  entityMatches,
  entityRows,
  relationMatches,
  relationRows,
  type EntityColumn,
  type RelationColumn,
  type Sort,
} from '../core/list-rows';
import type { GraphData, Selection } from '../core/types';
import type { VisibleGraph } from '../core/visible';
import { button, clear, el } from './dom';
import { sourceCitation } from './evidence';

const DESCENDING_FIRST = new Set<string>(['degree', 'evidence']);

export class TableView {
  private signature = '';
  private filter = '';
  private entitySort: Sort<EntityColumn> = { column: 'name', descending: false };
  private relationSort: Sort<RelationColumn> = { column: 'from', descending: false };
  private last: { visible: VisibleGraph; data: GraphData; selection: Selection } | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly onSelect: (selection: Selection) => void,
  ) {}

  render(visible: VisibleGraph, data: GraphData, selection: Selection): void {
    if (this.root.hidden) return void (this.signature = '');
    const signature = JSON.stringify([
      visible.nodes.map((n) => n.id),
      visible.edges.map((e) => e.id),
      selection,
      this.entitySort,
      this.relationSort,
    ]);
    if (signature === this.signature) return;
    this.signature = signature;
    this.last = { visible, data, selection };
    const focusedId =
      document.activeElement instanceof HTMLElement && this.root.contains(document.activeElement) ? document.activeElement.id : null;
    clear(this.root);
    const search = el('input', {
      type: 'search',
      id: 'list-filter',
      class: 'list-filter',
      'aria-label': 'Filter the list',
      placeholder: 'Filter by name, type, relation or quote…',
      value: this.filter,
    });
    search.addEventListener('input', () => {
      this.filter = search.value;
      this.applyFilter();
    });
    this.root.append(search, this.entityTable(visible, selection), this.relationTable(visible, data));
    this.applyFilter();
    if (focusedId) document.getElementById(focusedId)?.focus();
  }

  /** Hides the rows that do not match, without redrawing (the filter box keeps its focus). */
  private applyFilter(): void {
    if (!this.last) return;
    const { visible, data } = this.last;
    const nodes = new Map(visible.nodes.map((n) => [n.id, n]));
    const rows = new Map(relationRows(visible.edges, data, this.relationSort).map((r) => [r.edge.id, r]));
    for (const tr of this.root.querySelectorAll<HTMLTableRowElement>('tr[data-node]')) {
      const node = nodes.get(tr.dataset.node ?? '');
      tr.hidden = !node || !entityMatches(node, this.filter);
    }
    for (const tr of this.root.querySelectorAll<HTMLTableRowElement>('tr[data-edge]')) {
      const row = rows.get(tr.dataset.edge ?? '');
      tr.hidden = !row || !relationMatches(row, this.filter);
    }
  }

  private header<C extends string>(label: string, column: C, sort: Sort<C>, set: (sort: Sort<C>) => void): HTMLElement {
    const active = sort.column === column;
    const next = active ? { column, descending: !sort.descending } : { column, descending: DESCENDING_FIRST.has(column) };
    return el(
      'th',
      { scope: 'col', 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : null },
      button(
        label,
        () => {
          set(next);
          this.redraw();
        },
        { class: 'sort', 'aria-label': `Sort by ${label}`, id: `sort-${column}` },
      ),
      active ? el('span', { class: 'sort-mark', 'aria-hidden': 'true' }, sort.descending ? ' ▼' : ' ▲') : null,
    );
  }

  private redraw(): void {
    this.signature = '';
    if (this.last) this.render(this.last.visible, this.last.data, this.last.selection);
  }

  private entityTable(visible: VisibleGraph, selection: Selection): HTMLElement {
    const nodes = entityRows(visible.nodes, this.entitySort);
    const setSort = (sort: Sort<EntityColumn>) => (this.entitySort = sort);
    const body = el('tbody');
    for (const node of nodes) {
      const current = selection?.kind === 'node' && selection.id === node.id;
      body.append(
        el(
          'tr',
          { class: current ? 'current' : null, 'aria-current': current ? 'true' : null, 'data-node': node.id },
          el(
            'th',
            { scope: 'row' },
            button(node.name, () => this.onSelect({ kind: 'node', id: node.id }), { class: 'link' }),
          ),
          el('td', {}, node.type),
          el('td', { class: 'num' }, String(node.degree)),
          el('td', {}, node.aliases.join(' · ')),
        ),
      );
    }
    return el(
      'table',
      { 'aria-label': 'Entities' },
      el('caption', {}, `Entities (${nodes.length})`),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          this.header('Name', 'name', this.entitySort, setSort),
          this.header('Type', 'type', this.entitySort, setSort),
          this.header('Relations', 'degree', this.entitySort, setSort),
          el('th', { scope: 'col' }, 'Aliases'),
        ),
      ),
      body,
    );
  }

  private relationTable(visible: VisibleGraph, data: GraphData): HTMLElement {
    const rows = relationRows(visible.edges, data, this.relationSort);
    const setSort = (sort: Sort<RelationColumn>) => (this.relationSort = sort);
    const pick = (id: string, name: string) =>
      button(name, () => this.onSelect({ kind: 'node', id }), { class: 'link', 'aria-label': name });
    const body = el('tbody');
    for (const row of rows) {
      const { edge } = row;
      const n = edge.evidence.length;
      const quotes =
        n === 0
          ? el('span', { class: 'muted' }, 'none')
          : el(
              'details',
              { class: 'list-quotes' },
              el('summary', {}, `${n} ${n === 1 ? 'quote' : 'quotes'}`),
              ...edge.evidence.map((item) =>
                el(
                  'div',
                  { class: 'list-quote' },
                  item.quote ? el('blockquote', {}, item.quote) : el('p', { class: 'muted' }, 'No quote recorded.'),
                  sourceCitation(item.source),
                ),
              ),
            );
      body.append(
        el(
          'tr',
          { 'data-edge': edge.id },
          el('td', {}, pick(edge.source, row.from)),
          el(
            'th',
            { scope: 'row' },
            button(row.relation, () => this.onSelect({ kind: 'edge', id: edge.id }), {
              class: 'link',
              title: edge.type,
              'aria-label': `${row.from} ${row.relation} ${row.to}`,
            }),
          ),
          el('td', {}, pick(edge.target, row.to)),
          el('td', {}, row.status),
          el('td', {}, quotes),
        ),
      );
    }
    return el(
      'table',
      { 'aria-label': 'Relations' },
      el('caption', {}, `Relations (${rows.length})`),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          this.header('From', 'from', this.relationSort, setSort),
          this.header('Relation', 'relation', this.relationSort, setSort),
          this.header('To', 'to', this.relationSort, setSort),
          this.header('Status', 'status', this.relationSort, setSort),
          this.header('Evidence', 'evidence', this.relationSort, setSort),
        ),
      ),
      body,
    );
  }
}
