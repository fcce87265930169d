// Entity reads: by id, batched by ids (for the loaders), a page of entities, and the per-entity
// lists (relations, sources) that the loaders fetch for many entities in one statement.
import type { Query } from '../../db/executor';
import { entityPayload, relationPayload } from './payloads';

export function entityByIdQuery(id: string): Query {
  return { cypher: `MATCH (e:Entity {id: $id}) RETURN ${entityPayload('e')} AS entity`, params: { id } };
}

export function entitiesByIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${entityPayload('e')} AS entity`,
    params: { ids },
  };
}

export interface EntitiesPageArgs {
  types: string[] | null;
  /** Page size; one more is fetched to know whether there is a next page. */
  first: number;
  /** Entities with a greater id than this (decoded cursor). */
  afterId: string | null;
}

/** One round trip: the total matching the filter, and the page after the cursor in id order. */
export function entitiesPageQuery({ types, first, afterId }: EntitiesPageArgs): Query {
  return {
    cypher: `
      CALL () {
        MATCH (e:Entity) WHERE $types IS NULL OR e.type IN $types
        RETURN count(e) AS totalCount
      }
      CALL () {
        MATCH (e:Entity)
        WHERE ($types IS NULL OR e.type IN $types) AND ($afterId IS NULL OR e.id > $afterId)
        WITH e ORDER BY e.id LIMIT toInteger($fetch)
        RETURN collect(${entityPayload('e')}) AS entities
      }
      RETURN totalCount, entities`,
    params: { types, afterId, fetch: first + 1 },
  };
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationsArgs {
  direction: Direction;
  types: string[] | null;
  limit: number;
}

const DIRECTION_PATTERN: Record<Direction, string> = {
  OUT: '(e)-[r]->(other:Entity)',
  IN: '(e)<-[r]-(other:Entity)',
  BOTH: '(e)-[r]-(other:Entity)',
};

/**
 * Relations of many entities at once; `limit` per entity. Each row has the entity's payload once and,
 * per relation, the payload of the other end (`other`, the entity itself on a self-loop).
 */
export function entityRelationsQuery(ids: readonly string[], { direction, types, limit }: RelationsArgs): Query {
  return {
    cypher: `
      UNWIND $ids AS id
      MATCH (e:Entity {id: id})
      WITH id, e, ${entityPayload('e')} AS entity
      CALL (e) {
        MATCH ${DIRECTION_PATTERN[direction]}
        WHERE $types IS NULL OR type(r) IN $types
        WITH DISTINCT r, other ORDER BY type(r), other.id LIMIT toInteger($limit)
        RETURN collect({ relation: ${relationPayload('r')}, other: ${entityPayload('other')} }) AS relations
      }
      RETURN id, entity, relations`,
    params: { ids, types, limit },
  };
}
