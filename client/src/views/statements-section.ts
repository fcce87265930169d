// The "Statements" section of a person's or organization's Details: every relation they claimed or
// assessed, as a sentence with its quotes and sources, grouped by what it is about. Text only.
import { displayProperties, relationEdge } from '../core/relation-view';
import { groupStatements, statementSentence } from '../core/statements';
import type { ApiRelation } from '../core/types';
import { button, el } from './dom';
import { badge, evidenceList, propertyList } from './evidence';
import type { NodeActions } from './node-actions';

/** Null when the entity said nothing: no empty section then. */
export function statementsSection(
  statements: readonly ApiRelation[],
  actions: NodeActions,
  nameOf: (id: string) => string | undefined,
): HTMLElement | null {
  if (statements.length === 0) return null;
  const section = el('section', { class: 'statements', 'aria-label': 'Statements' }, el('h3', {}, `Statements (${statements.length})`));
  for (const group of groupStatements(statements)) {
    const list = el('ul', { class: 'statement-list' });
    for (const statement of group.statements) {
      const sentence = statementSentence(statement);
      list.append(
        el(
          'li',
          { class: 'statement' },
          el(
            'p',
            { class: 'statement-sentence' },
            button(sentence, () => void actions.showRelation(relationEdge(statement)), {
              class: 'link',
              title: `Show this relation (${statement.type})`,
            }),
          ),
          el('p', { class: 'statement-meta' }, badge(statement.properties, nameOf), el('code', { class: 'raw-type' }, statement.type)),
          propertyList(displayProperties(statement.properties)),
          evidenceList(statement.evidence),
        ),
      );
    }
    section.append(el('section', { class: 'statement-group' }, el('h4', {}, group.title), list));
  }
  return section;
}
