// The rules JSON Schema cannot express: uniqueness within the file and cross-references, which
// may point into the database. Pure functions: the database answers arrive as arguments.
import type { Entity, Evidence, Relation } from '../../domain/entity';
import { relationKey } from '../../domain/ids';
import { RESERVED_ENTITY_TYPES, RESERVED_RELATION_TYPES } from '../../domain/reserved';
import type { ImportError, SeedFile, SeedSource } from '../types';

/** A seed with every default filled in; index positions are those of the file. */
export interface Seed {
  sources: SeedSource[];
  /** `sources`: the sources that mention the entity, when the file says (see the seed schema). */
  entities: (Entity & { sources?: string[] })[];
  relations: Relation[];
}

export function normalizeSeed(file: SeedFile): Seed {
  return {
    sources: (file.sources ?? []).map((source) => ({ ...source })),
    entities: (file.entities ?? []).map((entity) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: [...new Set(entity.aliases ?? [])],
      properties: { ...(entity.properties ?? {}) },
      ...(entity.description !== undefined ? { description: entity.description } : {}),
      ...(entity.sources !== undefined ? { sources: [...entity.sources] } : {}),
      ...(entity.position !== undefined ? { position: { x: entity.position.x, y: entity.position.y } } : {}),
    })),
    relations: (file.relations ?? []).map((relation) => ({
      type: relation.type,
      from: relation.from,
      to: relation.to,
      properties: { ...(relation.properties ?? {}) },
      evidence: dedupeEvidence((relation.evidence ?? []).map((item) => ({ source: item.source, quote: item.quote ?? '' }))),
    })),
  };
}

function dedupeEvidence(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.source}\u0000${item.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where each id outside the file is referenced, for one batched database lookup. */
export interface References {
  entities: Map<string, string[]>;
  sources: Map<string, string[]>;
}

export interface LocalCheck {
  errors: ImportError[];
  references: References;
}

export function checkLocal(seed: Seed): LocalCheck {
  const errors: ImportError[] = [];
  const firstIndex = (items: { id: string }[], what: string, collection: string) => {
    const first = new Map<string, number>();
    items.forEach((item, index) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, index);
      else
        errors.push({
          path: `${collection}[${index}].id`,
          message: `duplicate ${what} id "${item.id}" (first at ${collection}[${earlier}])`,
        });
    });
    return first;
  };
  const sourceIds = firstIndex(seed.sources, 'source', 'sources');
  const entityIds = firstIndex(seed.entities, 'entity', 'entities');

  seed.entities.forEach((entity, index) => {
    if (RESERVED_ENTITY_TYPES.has(entity.type)) {
      errors.push({
        path: `entities[${index}].type`,
        message: `"${entity.type}" is reserved for the loader's own nodes; choose another type`,
      });
    }
  });

  const references: References = { entities: new Map(), sources: new Map() };
  const refer = (map: Map<string, string[]>, id: string, path: string) => map.set(id, [...(map.get(id) ?? []), path]);
  seed.entities.forEach((entity, index) =>
    entity.sources?.forEach((source, i) => {
      if (!sourceIds.has(source)) refer(references.sources, source, `entities[${index}].sources[${i}]`);
    }),
  );
  const triples = new Map<string, number>();
  seed.relations.forEach((relation, index) => {
    const at = `relations[${index}]`;
    if (RESERVED_RELATION_TYPES.has(relation.type)) {
      errors.push({ path: `${at}.type`, message: `"${relation.type}" is reserved for provenance; choose another type` });
    }
    const key = relationKey(relation.from, relation.type, relation.to);
    const earlier = triples.get(key);
    if (earlier === undefined) triples.set(key, index);
    else {
      errors.push({
        path: at,
        message: `duplicate relation ${relation.from} -[${relation.type}]-> ${relation.to} (first at relations[${earlier}]); put all its evidence in one relation`,
      });
    }
    if (!entityIds.has(relation.from)) refer(references.entities, relation.from, `${at}.from`);
    if (!entityIds.has(relation.to)) refer(references.entities, relation.to, `${at}.to`);
    const claimedBy = relation.properties.claimedBy;
    if (typeof claimedBy === 'string' && !entityIds.has(claimedBy)) refer(references.entities, claimedBy, `${at}.properties.claimedBy`);
    relation.evidence.forEach((item, i) => {
      if (!sourceIds.has(item.source)) refer(references.sources, item.source, `${at}.evidence[${i}].source`);
    });
  });
  return { errors, references };
}

/** What the database already holds of the ids the file mentions. */
export interface KnownIds {
  /** Entity id → its type. */
  entities: ReadonlyMap<string, string>;
  sources: ReadonlySet<string>;
}

/** References that are neither in the file nor in the database; entities whose type would change. */
export function checkAgainstDatabase(seed: Seed, references: References, known: KnownIds): ImportError[] {
  const errors: ImportError[] = [];
  seed.entities.forEach((entity, index) => {
    const existing = known.entities.get(entity.id);
    if (existing !== undefined && existing !== entity.type) {
      errors.push({
        path: `entities[${index}].type`,
        message: `entity "${entity.id}" already exists with type ${existing}, not ${entity.type}`,
      });
    }
  });
  const unknown: ImportError[] = [];
  for (const [id, paths] of references.entities) {
    if (!known.entities.has(id)) for (const path of paths) unknown.push({ path, message: `unknown entity "${id}"` });
  }
  for (const [id, paths] of references.sources) {
    if (!known.sources.has(id)) for (const path of paths) unknown.push({ path, message: `unknown source "${id}"` });
  }
  return [...errors, ...sortByPath(unknown)];
}

/** File order: relations[2] before relations[10]. */
export function sortByPath(errors: ImportError[]): ImportError[] {
  const key = (path: string) => path.replace(/\d+/g, (digits) => digits.padStart(9, '0'));
  return [...errors].sort((a, b) => (key(a.path) < key(b.path) ? -1 : key(a.path) > key(b.path) ? 1 : 0));
}
