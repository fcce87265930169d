// The list view: the visible entities and relations as tables, for people who cannot use the canvas.
import type { GraphData, Selection } from '../core/types';
import { statusBadge } from '../core/relation-view';
import type { VisibleGraph } from '../core/visible';
import { button, clear, el } from './dom';

export class TableView {
  private signature = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly onSelect: (selection: Selection) => void,
  ) {}

  render(visible: VisibleGraph, data: GraphData, selection: Selection): void {
    if (this.root.hidden) return void (this.signature = '');
    const signature = JSON.stringify([visible.nodes.map((n) => n.id), visible.edges.map((e) => e.id), selection]);
    if (signature === this.signature) return;
    this.signature = signature;
    clear(this.root);
    const nodes = [...visible.nodes].sort((a, b) => a.name.localeCompare(b.name));
    const entities = el(
      'table',
      { 'aria-label': 'Entities' },
      el('caption', {}, `Entities (${nodes.length})`),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Name'),
          el('th', { scope: 'col' }, 'Type'),
          el('th', { scope: 'col' }, 'Relations'),
          el('th', { scope: 'col' }, 'Aliases'),
        ),
      ),
    );
    const body = el('tbody');
    for (const node of nodes) {
      const current = selection?.kind === 'node' && selection.id === node.id;
      body.append(
        el(
          'tr',
          { class: current ? 'current' : null, 'aria-current': current ? 'true' : null },
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
    entities.append(body);
    const relations = el(
      'table',
      { 'aria-label': 'Relations' },
      el('caption', {}, `Relations (${visible.edges.length})`),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'From'),
          el('th', { scope: 'col' }, 'Relation'),
          el('th', { scope: 'col' }, 'To'),
          el('th', { scope: 'col' }, 'Status'),
          el('th', { scope: 'col' }, 'Evidence'),
        ),
      ),
    );
    const relBody = el('tbody');
    const name = (id: string) => data.nodes[id]?.name ?? id;
    for (const edge of visible.edges) {
      const status = statusBadge(edge.properties, (id) => data.nodes[id]?.name);
      relBody.append(
        el(
          'tr',
          {},
          el('td', {}, name(edge.source)),
          el(
            'th',
            { scope: 'row' },
            button(edge.type, () => this.onSelect({ kind: 'edge', id: edge.id }), {
              class: 'link',
              'aria-label': `${name(edge.source)} ${edge.type} ${name(edge.target)}`,
            }),
          ),
          el('td', {}, name(edge.target)),
          el('td', {}, status?.text ?? 'stated'),
          el('td', { class: 'num' }, String(edge.evidence.length)),
        ),
      );
    }
    relations.append(relBody);
    this.root.append(entities, relations);
  }
}
