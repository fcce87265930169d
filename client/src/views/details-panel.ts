// The "Details" region: the selected entity (with its relations and their evidence) or the
// selected relation. Everything is rendered as text.
import { fetchEntity, toEdge, type EntityDetails } from '../api/operations';
import { displayProperties, groupRelations, otherEnd } from '../core/relation-view';
import { styleForType } from '../core/style-for-type';
import type { GraphData, GraphEdge, GraphNode, Selection } from '../core/types';
import { button, clear, el, swatch } from './dom';
import { badge, evidenceList, propertyList } from './evidence';
import { nodeActionBar, type NodeActions, type NodeActionState } from './node-actions';

export class DetailsPanel {
  private readonly cache = new Map<string, Promise<EntityDetails | null>>();
  private shown = '';
  private token = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: NodeActions,
  ) {}

  /** Forget fetched details (after an import changed the data). */
  invalidate(): void {
    this.cache.clear();
    this.shown = '';
  }

  render(selection: Selection, data: GraphData, state: NodeActionState): void {
    const signature = `${selection?.kind}:${selection?.id}:${JSON.stringify(state)}:${Object.keys(data.nodes).length}`;
    if (signature === this.shown) return;
    this.shown = signature;
    this.token++;
    clear(this.root);
    this.root.hidden = !selection;
    if (!selection) return;
    this.root.append(button('Close', () => this.actions.select(null), { class: 'close', 'aria-label': 'Close details' }));
    if (selection.kind === 'edge') {
      const edge = data.edges[selection.id];
      if (edge) this.root.append(this.relationView(edge, data));
      return;
    }
    const node = data.nodes[selection.id];
    if (!node) return;
    this.root.append(this.entityHeader(node), nodeActionBar(node, state, this.actions));
    const relations = el('section', { class: 'relations', 'aria-label': 'Relations', 'aria-busy': 'true' }, el('p', { class: 'loading' }, 'Loading relations…'));
    this.root.append(relations);
    void this.fillRelations(node, data, relations, this.token);
  }

  private entityHeader(node: GraphNode): HTMLElement {
    const style = styleForType(node.type);
    const header = el(
      'header',
      {},
      el('h2', { class: 'entity-name' }, node.name),
      el('p', { class: 'type-line' }, swatch(style.color, style.shape), el('span', { class: 'type-name' }, node.type), el('span', { class: 'muted' }, ` · ${node.degree} relations`)),
    );
    if (node.aliases.length > 0) header.append(el('p', { class: 'aliases' }, el('span', { class: 'label' }, 'Also known as: '), node.aliases.join(' · ')));
    if (node.description) header.append(el('p', { class: 'description' }, node.description));
    const props = propertyList(displayProperties(node.properties));
    if (props) header.append(props);
    return header;
  }

  private async fillRelations(node: GraphNode, data: GraphData, section: HTMLElement, token: number): Promise<void> {
    let details: EntityDetails | null = null;
    try {
      if (!this.cache.has(node.id)) this.cache.set(node.id, fetchEntity(node.id));
      details = (await this.cache.get(node.id)) ?? null;
    } catch (error) {
      this.cache.delete(node.id);
      if (token === this.token) section.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Could not load relations: ${(error as Error).message}`));
      return;
    }
    if (token !== this.token) return;
    section.removeAttribute('aria-busy');
    const relations = details?.relations ?? [];
    if (relations.length === 0) return void section.replaceChildren(el('p', { class: 'muted' }, 'No relations.'));
    const nameOf = (id: string) => data.nodes[id]?.name ?? relations.flatMap((r) => [r.from, r.to]).find((e) => e.id === id)?.name;
    section.replaceChildren(el('h3', {}, `Relations (${relations.length})`));
    for (const group of groupRelations(node.id, relations)) {
      const list = el('ul', { class: 'relation-list' });
      for (const relation of group.relations) {
        const other = otherEnd(node.id, relation);
        list.append(
          el(
            'li',
            { class: 'relation' },
            el(
              'div',
              { class: 'relation-head' },
              button(other.name, () => void this.actions.jumpTo(other.id), { class: 'link', title: `Go to ${other.name} (${other.type})` }),
              el('span', { class: 'muted' }, ` ${other.type}`),
              badge(relation.properties, nameOf),
              button('Show relation', () => this.actions.showRelation(toEdge(relation)), { class: 'link small', 'aria-label': `Show relation ${relation.from.name} ${relation.type} ${relation.to.name}` }),
            ),
            propertyList(displayProperties(relation.properties)),
            evidenceList(relation.evidence),
          ),
        );
      }
      section.append(el('section', { class: 'relation-group' }, el('h4', {}, group.title), list));
    }
  }

  private relationView(edge: GraphEdge, data: GraphData): HTMLElement {
    const from = data.nodes[edge.source];
    const to = data.nodes[edge.target];
    const nameOf = (id: string) => data.nodes[id]?.name;
    return el(
      'article',
      { class: 'relation-detail' },
      el('p', { class: 'type-line' }, el('span', { class: 'type-name' }, 'Relation')),
      el(
        'h2',
        { class: 'relation-title' },
        button(from?.name ?? edge.source, () => void this.actions.jumpTo(edge.source), { class: 'link' }),
        ` —${edge.type}→ `,
        button(to?.name ?? edge.target, () => void this.actions.jumpTo(edge.target), { class: 'link' }),
      ),
      badge(edge.properties, nameOf),
      propertyList(displayProperties(edge.properties)),
      el('h3', {}, 'Evidence'),
      evidenceList(edge.evidence),
    );
  }
}
