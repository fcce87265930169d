// What entities said: the relations whose `claimedBy` is one of them ("assessed by Leif-Eric Easley").
import type { Query } from '../../db/executor';
import { entityPayload, relationPayload } from './payloads';

/**
 * The statements of many entities at once, `limit` per entity, ordered by subject name, type and
 * object name. Relationship properties have no cross-type index, so the relationships are scanned:
 * once for the whole batch (`IN $ids`), not once per entity. An entity that made no statement has
 * no row.
 */
export function statementsQuery(ids: readonly string[], limit: number): Query {
  return {
    cypher: `
      MATCH (a:Entity)-[r]->(b:Entity)
      WHERE r.claimedBy IN $ids
      WITH r.claimedBy AS id, r, a, b ORDER BY a.name, type(r), b.name
      WITH id, collect({ relation: ${relationPayload('r')}, from: ${entityPayload('a')}, to: ${entityPayload('b')} }) AS all
      RETURN id, all[0..toInteger($limit)] AS statements`,
    params: { ids, limit },
  };
}
