// The "Details" region: the selected entity (with its relations and their evidence) or the
// selected relation. Everything is rendered as text. The entity's relations come from the app
// state (app/details.ts fetches them); until then the panel says they are loading.
import { displayProperties, groupRelations, otherEnd, relationEdge } from '../core/relation-view';
import { styleForType } from '../core/style-for-type';
import type { DetailsEntry, GraphData, GraphEdge, GraphNode, Selection } from '../core/types';
import { button, clear, el, swatch } from './dom';
import { badge, evidenceList, propertyList } from './evidence';
import { nodeActionBar, type NodeActions, type NodeActionState } from './node-actions';
import { statementsSection } from './statements-section';

export class DetailsPanel {
  private shown = '';
  /** The details entry drawn into `relations`, and for which entity. */
  private drawn: { node: GraphNode; data: GraphData; entry: DetailsEntry | undefined; relations: HTMLElement } | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: NodeActions,
  ) {}

  render(selection: Selection, data: GraphData, state: NodeActionState, details: DetailsEntry | undefined): void {
    const signature = `${selection?.kind}:${selection?.id}:${JSON.stringify(state)}:${Object.keys(data.nodes).length}`;
    if (signature === this.shown) {
      // Only the relations arrived (or were dropped by an import): refill their section alone.
      if (this.drawn && this.drawn.entry !== details) this.fillRelations({ ...this.drawn, entry: details });
      return;
    }
    this.shown = signature;
    this.drawn = null;
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
    const relations = el(
      'section',
      { class: 'relations', 'aria-label': 'Relations', 'aria-busy': 'true' },
      el('p', { class: 'loading' }, 'Loading relations…'),
    );
    this.root.append(relations);
    this.fillRelations({ node, data, entry: details, relations });
  }

  private entityHeader(node: GraphNode): HTMLElement {
    const style = styleForType(node.type);
    const header = el(
      'header',
      {},
      el('h2', { class: 'entity-name' }, node.name),
      el(
        'p',
        { class: 'type-line' },
        swatch(style.color, style.shape),
        el('span', { class: 'type-name' }, node.type),
        el('span', { class: 'muted' }, ` · ${node.degree} relations`),
      ),
    );
    if (node.aliases.length > 0)
      header.append(el('p', { class: 'aliases' }, el('span', { class: 'label' }, 'Also known as: '), node.aliases.join(' · ')));
    if (node.description) header.append(el('p', { class: 'description' }, node.description));
    const props = propertyList(displayProperties(node.properties));
    if (props) header.append(props);
    return header;
  }

  private fillRelations(drawn: NonNullable<DetailsPanel['drawn']>): void {
    this.drawn = drawn;
    const { node, data, entry, relations: section } = drawn;
    // The statements sit just before the relations, and are redrawn with them.
    if (section.previousElementSibling?.classList.contains('statements')) section.previousElementSibling.remove();
    if (!entry || entry.status === 'loading') {
      section.setAttribute('aria-busy', 'true');
      section.replaceChildren(el('p', { class: 'loading' }, 'Loading relations…'));
      return;
    }
    if (entry.status === 'failed')
      return void section.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Could not load relations: ${entry.message}`));
    section.removeAttribute('aria-busy');
    const relations = entry.details?.relations ?? [];
    const statements = entry.details?.statements ?? [];
    const nameOf = (id: string) =>
      data.nodes[id]?.name ?? [...relations, ...statements].flatMap((r) => [r.from, r.to]).find((e) => e.id === id)?.name;
    const said = statementsSection(statements, this.actions, nameOf);
    if (said) section.before(said);
    if (relations.length === 0) return void section.replaceChildren(el('p', { class: 'muted' }, 'No relations.'));
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
              button('Show relation', () => void this.actions.showRelation(relationEdge(relation)), {
                class: 'link small',
                'aria-label': `Show relation ${relation.from.name} ${relation.type} ${relation.to.name}`,
              }),
            ),
            propertyList(displayProperties(relation.properties)),
            evidenceList(relation.evidence, this.actions.openArticle),
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
      evidenceList(edge.evidence, this.actions.openArticle),
    );
  }
}
