// Entity resolution: an incoming entity whose id is new merges into an existing entity that is
// the same thing — same Wikidata id, or a normalised name/alias shared with exactly one entity of
// the same type. Pure: the candidates come from one database query (candidatesQuery).
import type { Entity, EntityState } from '../../domain/entity';
import { normalizeName } from '../../domain/text';
import type { Resolution } from '../types';

/** What to ask the database for: the Wikidata ids and normalised forms of the new entities. */
export function resolutionKeys(entities: readonly Entity[]): { wikidata: string[]; norms: string[] } {
  const wikidata = new Set<string>();
  const norms = new Set<string>();
  for (const entity of entities) {
    const qid = entity.properties.wikidata;
    if (typeof qid === 'string') wikidata.add(qid);
    for (const text of [entity.name, ...entity.aliases]) {
      const form = normalizeName(text);
      if (form) norms.add(form);
    }
  }
  return { wikidata: [...wikidata], norms: [...norms] };
}

/**
 * `incoming`: file entities whose id is not in the database. A candidate whose id the file itself
 * defines is never a target: the file says they are different things.
 */
export function resolveEntities(
  incoming: readonly Entity[],
  fileIds: ReadonlySet<string>,
  candidates: readonly EntityState[],
): Resolution[] {
  const index = indexCandidates(candidates.filter((candidate) => !fileIds.has(candidate.id)));
  const resolutions: Resolution[] = [];
  for (const entity of incoming) {
    const found = resolveOne(entity, index);
    if (found) resolutions.push({ from: entity.id, ...found });
  }
  return resolutions;
}

/** Candidates by Wikidata id and by normalised form, built once so that each entity only looks up. */
interface CandidateIndex {
  byWikidata: Map<string, EntityState[]>;
  byNorm: Map<string, EntityState[]>;
}

function indexCandidates(candidates: readonly EntityState[]): CandidateIndex {
  const index: CandidateIndex = { byWikidata: new Map(), byNorm: new Map() };
  const add = (map: Map<string, EntityState[]>, key: string, candidate: EntityState) => {
    const list = map.get(key);
    if (list) list.push(candidate);
    else map.set(key, [candidate]);
  };
  for (const candidate of candidates) {
    const qid = candidate.props.wikidata;
    if (typeof qid === 'string') add(index.byWikidata, qid, candidate);
    const norms = new Set(Array.isArray(candidate.props._norm) ? candidate.props._norm.map(String) : []);
    for (const norm of norms) add(index.byNorm, norm, candidate);
  }
  return index;
}

function resolveOne(entity: Entity, index: CandidateIndex): { to: string; reason: string } | undefined {
  const qid = typeof entity.properties.wikidata === 'string' ? entity.properties.wikidata : undefined;
  if (qid !== undefined) {
    const sameItem = index.byWikidata.get(qid) ?? [];
    if (sameItem.length === 1 && sameItem[0]) return { to: sameItem[0].id, reason: `wikidata ${qid}` };
    if (sameItem.length > 1) return undefined;
  }
  const forms = [{ kind: 'name', text: entity.name }, ...entity.aliases.map((text) => ({ kind: 'alias', text }))]
    .map((form) => ({ ...form, norm: normalizeName(form.text) }))
    .filter((form) => form.norm !== '');

  // Candidate id → the first of the entity's forms (name, then aliases) that it shares.
  const matched = new Map<string, string>();
  for (const form of forms) {
    for (const candidate of index.byNorm.get(form.norm) ?? []) {
      if (matched.has(candidate.id) || candidate.type !== entity.type) continue;
      // Two different Wikidata items are two different things, whatever their names.
      const theirs = candidate.props.wikidata;
      if (qid !== undefined && typeof theirs === 'string' && theirs !== qid) continue;
      matched.set(candidate.id, `${form.kind} "${form.text}"`);
    }
  }
  if (matched.size !== 1) return undefined;
  const [to, reason] = [...matched][0] ?? [];
  return to && reason ? { to, reason } : undefined;
}
