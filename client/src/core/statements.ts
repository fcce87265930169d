// What an entity said, as the details panel tells it: each claimed or assessed relation as a
// sentence, grouped by what it is about (the relation's subject), in the API's order.
import { relationSentence } from './relation-words';
import type { RelationLike } from './relation-view';

export interface StatementGroup<R extends RelationLike> {
  /** "About Russian transfer of sensitive military technology to North Korea (4)". */
  title: string;
  about: R['from'];
  statements: R[];
}

export function groupStatements<R extends RelationLike>(statements: readonly R[]): StatementGroup<R>[] {
  const groups = new Map<string, StatementGroup<R>>();
  for (const statement of statements) {
    let group = groups.get(statement.from.id);
    if (!group) {
      group = { title: '', about: statement.from, statements: [] };
      groups.set(statement.from.id, group);
    }
    group.statements.push(statement);
  }
  return [...groups.values()].map((group) => ({ ...group, title: `About ${group.about.name} (${group.statements.length})` }));
}

/** "North Korea supplies arms for Russian invasion of Ukraine". */
export const statementSentence = (statement: RelationLike): string =>
  relationSentence(statement.from.name, statement.type, statement.to.name);
