// From candidate occurrences to candidates: one per folded name, minus names the graph knows,
// hyphen compounds of two other names (Rusia-Korea Utara), and surnames of a Person candidate,
// which become that candidate's aliases (Putin → Vladimir Putin).
import { bestVote, type TypeVote } from './cues';
import { foldName } from './fold-map';
import { CONFIDENCE } from './lexicon';
import type { Occurrence } from './candidates';

export interface CandidateGroup {
  form: string;
  name: string;
  aliases: string[];
  votes: TypeVote[];
  firstAt: number;
}

export function groupOccurrences(occurrences: readonly Occurrence[], isKnownForm: (form: string) => boolean): CandidateGroup[] {
  const groups = new Map<string, CandidateGroup>();
  for (const occurrence of occurrences) {
    const form = foldName(occurrence.name);
    if (!form || isKnownForm(form)) continue;
    const group = groups.get(form);
    if (group) {
      group.votes.push(...occurrence.votes);
      for (const alias of occurrence.aliases ?? []) if (!group.aliases.includes(alias)) group.aliases.push(alias);
      // PYONGYANG (a dateline) and Pyongyang: the name is the form in running text.
      if (isAllCaps(group.name) && !isAllCaps(occurrence.name)) group.name = occurrence.name;
    } else
      groups.set(form, {
        form,
        name: occurrence.name,
        aliases: [...(occurrence.aliases ?? [])],
        votes: [...occurrence.votes],
        firstAt: occurrence.start,
      });
  }
  const isName = (form: string) => groups.has(form) || isKnownForm(form);
  for (const [form, group] of groups) {
    if (splitsIntoNames(group.name, isName)) groups.delete(form);
  }
  mergeSurnames(groups);
  mergeAliases(groups);
  return [...groups.values()].sort((a, b) => a.firstAt - b.firstAt);
}

function splitsIntoNames(name: string, isName: (form: string) => boolean): boolean {
  for (const match of name.matchAll(/\p{L}-(?=\p{Lu})/gu)) {
    const at = (match.index ?? 0) + 1;
    if (isName(foldName(name.slice(0, at))) && isName(foldName(name.slice(at + 1)))) return true;
  }
  return false;
}

function mergeSurnames(groups: Map<string, CandidateGroup>) {
  const people = [...groups.values()].filter((g) => g.form.includes(' ') && bestVote(g.votes)?.type === 'Person');
  for (const [form, group] of groups) {
    if (form.includes(' ')) continue;
    // A surname's own strong cue for another type (Jordan the place) keeps it apart; a preposition does not.
    const own = bestVote(group.votes);
    if (own && own.type !== 'Person' && own.confidence > CONFIDENCE.preposition) continue;
    const owners = people.filter((p) => {
      const words = p.form.split(' ');
      return words[words.length - 1] === form || words[0] === form;
    });
    if (owners.length !== 1) continue;
    const owner = owners[0] as CandidateGroup;
    owner.aliases.push(group.name);
    owner.votes.push(...group.votes);
    groups.delete(form);
  }
}

/** A phrase's second form ("operasi militer khusus" of "… khusus Rusia") found on its own is the same candidate. */
function mergeAliases(groups: Map<string, CandidateGroup>) {
  for (const group of groups.values()) {
    for (const alias of group.aliases) {
      const form = foldName(alias);
      const other = groups.get(form);
      if (!other || other === group) continue;
      group.votes.push(...other.votes);
      group.firstAt = Math.min(group.firstAt, other.firstAt);
      groups.delete(form);
    }
  }
}

function isAllCaps(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length >= 5 && letters === letters.toUpperCase();
}
