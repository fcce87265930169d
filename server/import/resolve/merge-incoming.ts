// Applies the resolutions to a file: entities that resolved into an existing one are folded into
// it, relations follow, and each entity gets the sources that mention it. Pure.
import type { Entity, Evidence, Relation } from '../../domain/entity';
import { relationKey } from '../../domain/ids';
import type { Properties } from '../../domain/values';
import type { Seed } from '../validate/seed-checks';
import type { Resolution } from '../types';

export interface IncomingEntity extends Entity {
  /** The file defines this id itself (not only entities that resolved into it). */
  direct: boolean;
  /** Contributions of entities that resolved into this one: names become aliases, gaps are filled. */
  resolved: { aliases: string[]; properties: Properties; description?: string };
}

export interface Incoming {
  entities: Map<string, IncomingEntity>;
  relations: Map<string, Relation>;
  /** Entity id → the sources that mention it in this file. */
  mentions: Map<string, Set<string>>;
  /** Ids the incoming relations point at (from, to, claimedBy), in the file or not. */
  referenced: Set<string>;
}

export function mergeIncoming(seed: Seed, resolutions: readonly Resolution[]): Incoming {
  const target = new Map(resolutions.map((r) => [r.from, r.to]));
  const final = (id: string) => target.get(id) ?? id;
  const entities = new Map<string, IncomingEntity>();
  for (const entity of seed.entities) {
    const id = final(entity.id);
    const merged = entities.get(id) ?? {
      id,
      direct: false,
      type: entity.type,
      name: entity.name,
      aliases: [],
      properties: {},
      resolved: { aliases: [], properties: {} },
    };
    if (id === entity.id) {
      Object.assign(merged, { direct: true, type: entity.type, name: entity.name, aliases: entity.aliases, properties: entity.properties });
      if (entity.description !== undefined) merged.description = entity.description;
      if (entity.position !== undefined) merged.position = entity.position;
    } else {
      merged.resolved.aliases.push(entity.name, ...entity.aliases);
      merged.resolved.properties = { ...entity.properties, ...merged.resolved.properties };
      merged.resolved.description ??= entity.description;
    }
    entities.set(id, merged);
  }

  const relations = new Map<string, Relation>();
  const referenced = new Set<string>();
  const mentions = new Map<string, Set<string>>();
  const mention = (id: string, source: string) => mentions.set(id, (mentions.get(id) ?? new Set()).add(source));
  for (const relation of seed.relations) {
    const from = final(relation.from);
    const to = final(relation.to);
    const properties = { ...relation.properties };
    if (typeof properties.claimedBy === 'string') properties.claimedBy = final(properties.claimedBy);
    const key = relationKey(from, relation.type, to);
    const existing = relations.get(key);
    // Two file relations can meet once both ends resolved to the same entities.
    if (existing) {
      existing.properties = { ...existing.properties, ...properties };
      existing.evidence = unionEvidence(existing.evidence, relation.evidence);
    } else {
      relations.set(key, { type: relation.type, from, to, properties, evidence: [...relation.evidence] });
    }
    const ends = [from, to, ...(typeof properties.claimedBy === 'string' ? [properties.claimedBy] : [])];
    for (const id of ends) {
      referenced.add(id);
      for (const item of relation.evidence) mention(id, item.source);
    }
  }
  // The sources the file says mention an entity (exports write them: a re-import changes nothing).
  const listed = new Set<string>();
  for (const entity of seed.entities) {
    if (entity.sources === undefined) continue;
    listed.add(final(entity.id));
    for (const source of entity.sources) mention(final(entity.id), source);
  }
  // Otherwise, an entity that no evidence touches is mentioned by every source the file declares.
  const declared = seed.sources.map((source) => source.id);
  for (const id of entities.keys()) {
    if (!listed.has(id) && !mentions.get(id)?.size) for (const source of declared) mention(id, source);
  }
  return { entities, relations, mentions, referenced };
}

export function unionEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const out = [...a];
  for (const item of b) if (!hasEvidence(out, item)) out.push(item);
  return out;
}

/** Whether `list` has an item with the same source and quote. */
export const hasEvidence = (list: readonly Evidence[], item: Evidence) =>
  list.some((x) => x.source === item.source && x.quote === item.quote);
