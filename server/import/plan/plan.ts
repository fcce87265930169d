// Compares what a file brings with what the database holds and decides every write: which nodes
// and relationships to create, which properties to set or remove, which to delete (replace).
// Pure and deterministic; applying the plan is write/apply.ts' job.
import { hasEvidence, unionEvidence, type Incoming, type IncomingEntity } from '../resolve/merge-incoming';
import type { Entity, EntityState, Mention, Relation, RelationRef, RelationState, SourceState } from '../../domain/entity';
import { ENTITY_FIELDS, RELATION_FIELDS, SOURCE_FIELDS, userProperties } from '../../domain/fields';
import { entityProps, propsDiff, relationProps, storedEvidence, unique } from '../../domain/stored-shape';
import type { PlainMap } from '../../domain/values';
import type { ImportReport, SeedSource } from '../types';

export interface WritePlan {
  sourceUpserts: { id: string; set: PlainMap }[];
  entityCreates: { type: string; props: PlainMap }[];
  entityUpdates: { id: string; set: PlainMap }[];
  mentionAdds: Mention[];
  relationCreates: (RelationRef & { props: PlainMap })[];
  relationUpdates: (RelationRef & { set: PlainMap })[];
  relationDeletes: RelationRef[];
  mentionRemoves: Mention[];
  entityDeletes: string[];
  sourceDeletes: string[];
}

/** What a plan adds to the report; resolutions and errors come from earlier steps. */
export type PlanCounts = Pick<
  ImportReport,
  | 'entitiesCreated'
  | 'entitiesUpdated'
  | 'entitiesRemoved'
  | 'relationsCreated'
  | 'relationsUpdated'
  | 'relationsRemoved'
  | 'sourcesCreated'
  | 'sourcesUpdated'
  | 'sourcesRemoved'
  | 'createdEntityIds'
>;

export interface PlanInput {
  incoming: Incoming;
  sources: readonly SeedSource[];
  existing: {
    entities: ReadonlyMap<string, EntityState>;
    sources: ReadonlyMap<string, SourceState>;
    relations: ReadonlyMap<string, RelationState>;
  };
  /** Replace mode: the sources whose old content the file supersedes. Empty: merge only. */
  replaceSources: ReadonlySet<string>;
  /** Replace mode: what those sources supported before (entity ids, relation keys). */
  scope: { entities: readonly string[]; relations: readonly string[] };
  /** Source nodes to delete at the end (deleteSource). */
  deleteSources?: readonly string[];
}

export function emptyPlan(): WritePlan {
  return {
    sourceUpserts: [],
    entityCreates: [],
    entityUpdates: [],
    mentionAdds: [],
    relationCreates: [],
    relationUpdates: [],
    relationDeletes: [],
    mentionRemoves: [],
    entityDeletes: [],
    sourceDeletes: [],
  };
}

export function planWrites(input: PlanInput): { plan: WritePlan; counts: PlanCounts } {
  const plan = emptyPlan();
  const counts: PlanCounts = {
    entitiesCreated: 0,
    entitiesUpdated: 0,
    entitiesRemoved: 0,
    relationsCreated: 0,
    relationsUpdated: 0,
    relationsRemoved: 0,
    sourcesCreated: 0,
    sourcesUpdated: 0,
    sourcesRemoved: 0,
    createdEntityIds: [],
  };
  const replacing = input.replaceSources.size > 0;
  const fromReplaced = (source: string) => input.replaceSources.has(source);

  for (const source of input.sources) {
    const existing = input.existing.sources.get(source.id);
    const fields: PlainMap = { id: source.id };
    for (const key of SOURCE_FIELDS) if (source[key] !== undefined) fields[key] = source[key] ?? null;
    const desired = existing && !replacing ? { ...existing.props, ...fields } : fields;
    const set = propsDiff(existing?.props ?? {}, desired);
    if (Object.keys(set).length === 0) continue;
    plan.sourceUpserts.push({ id: source.id, set });
    if (existing) counts.sourcesUpdated++;
    else counts.sourcesCreated++;
  }

  // Entities: create or update, then their MENTIONS.
  for (const entity of input.incoming.entities.values()) {
    const existing = input.existing.entities.get(entity.id);
    if (!existing) {
      plan.entityCreates.push({ type: entity.type, props: entityProps(newEntity(entity)) });
      counts.entitiesCreated++;
      counts.createdEntityIds.push(entity.id);
      continue;
    }
    const exact = replacing && entity.direct && existing.mentions.every(fromReplaced);
    const set = propsDiff(existing.props, entityProps(mergedEntity(entity, existing, exact)));
    if (Object.keys(set).length > 0) plan.entityUpdates.push({ id: entity.id, set });
  }
  // A moved position alone is layout, not a change of the entity: written, not counted, so that
  // importing the explorer's export (which writes the canvas positions) reports 0 changes.
  const changed = new Set(plan.entityUpdates.filter((update) => !Object.keys(update.set).every(isPositionKey)).map((update) => update.id));
  const referenced = input.incoming.referenced;
  for (const id of new Set([...input.incoming.entities.keys(), ...referenced, ...input.scope.entities])) {
    const existing = input.existing.entities.get(id);
    const wanted = input.incoming.mentions.get(id) ?? new Set<string>();
    const had = new Set(existing?.mentions ?? []);
    const removed = replacing ? [...had].filter((source) => fromReplaced(source) && !wanted.has(source)) : [];
    const keeps = [...had].some((source) => !removed.includes(source));
    if (existing && removed.length > 0 && !keeps && !input.incoming.entities.has(id) && !referenced.has(id)) {
      plan.entityDeletes.push(id);
      counts.entitiesRemoved++;
      continue;
    }
    const added = [...wanted].filter((source) => !had.has(source));
    plan.mentionAdds.push(...added.map((source) => ({ source, entity: id })));
    plan.mentionRemoves.push(...removed.map((source) => ({ source, entity: id })));
    if (added.length || removed.length) changed.add(id);
  }
  counts.entitiesUpdated = [...changed].filter((id) => input.existing.entities.has(id)).length;

  // Relations: create or update what the file has; in replace mode, take back what it dropped.
  for (const [key, relation] of input.incoming.relations) {
    const existing = input.existing.relations.get(key);
    if (!existing) {
      plan.relationCreates.push({ ...ref(relation), props: relationProps(key, relation.properties, relation.evidence) });
      counts.relationsCreated++;
      continue;
    }
    const had = storedEvidence(existing.props);
    const kept = replacing ? had.filter((item) => !fromReplaced(item.source) || hasEvidence(relation.evidence, item)) : had;
    const evidence = unionEvidence(kept, relation.evidence);
    const exact = replacing && unique(had.map((item) => item.source)).every(fromReplaced);
    const properties = exact ? relation.properties : { ...userProperties(existing.props, RELATION_FIELDS), ...relation.properties };
    const set = propsDiff(existing.props, relationProps(key, properties, evidence));
    if (Object.keys(set).length === 0) continue;
    plan.relationUpdates.push({ ...ref(relation), set });
    counts.relationsUpdated++;
  }
  for (const key of input.scope.relations) {
    const existing = input.existing.relations.get(key);
    if (!existing || input.incoming.relations.has(key)) continue;
    const evidence = storedEvidence(existing.props).filter((item) => !fromReplaced(item.source));
    if (evidence.length === 0) {
      plan.relationDeletes.push(ref(existing));
      counts.relationsRemoved++;
      continue;
    }
    const set = propsDiff(existing.props, relationProps(key, userProperties(existing.props, RELATION_FIELDS), evidence));
    plan.relationUpdates.push({ ...ref(existing), set });
    counts.relationsUpdated++;
  }

  for (const id of input.deleteSources ?? []) {
    plan.sourceDeletes.push(id);
    counts.sourcesRemoved++;
  }
  return { plan, counts };
}

const ref = (relation: Relation | RelationState): RelationRef => ({ from: relation.from, type: relation.type, to: relation.to });

const isPositionKey = (key: string) => key === '_x' || key === '_y';

function newEntity(entity: IncomingEntity): Entity {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: unique(entity.aliases.filter((alias) => alias !== entity.name)),
    description: entity.description,
    properties: entity.properties,
    position: entity.position,
  };
}

/**
 * The file's own entity: its name wins, aliases are added, properties merge key by key with the
 * file winning. Entities that only resolved into it add their names and fill gaps, never overwrite.
 * `exact` (replace, and no other source mentions it): the file's aliases and properties, no union.
 */
function mergedEntity(entity: IncomingEntity, existing: EntityState, exact: boolean): Entity {
  const stored = existing.props;
  const name = entity.direct ? entity.name : String(stored.name);
  const storedAliases = Array.isArray(stored.aliases) ? stored.aliases.map(String) : [];
  const incomingAliases = [...entity.aliases, ...entity.resolved.aliases].filter((alias) => alias !== name);
  const storedDescription = typeof stored.description === 'string' ? stored.description : undefined;
  const own = userProperties(stored, ENTITY_FIELDS);
  const properties = exact ? { ...entity.properties } : { ...own, ...entity.properties };
  for (const [key, value] of Object.entries(entity.resolved.properties)) if (!Object.hasOwn(properties, key)) properties[key] = value;
  const description = entity.direct
    ? (entity.description ?? (exact ? undefined : storedDescription))
    : (storedDescription ?? entity.resolved.description);
  return {
    id: entity.id,
    type: existing.type,
    name,
    aliases: unique(exact ? incomingAliases : [...storedAliases, ...incomingAliases]),
    description,
    properties,
    // Only the file's own entity moves it; absent, the stored `_x`/`_y` stay (internal keys are kept).
    position: entity.direct ? entity.position : undefined,
  };
}
