// What entities said: the relations whose `claimedBy` is one of them ("assessed by Leif-Eric Easley").
import type { Query } from '../../db/executor';
import { entityPayload, relationPayload } from './payloads';

/**
 * The statements of many entities at once, `limit` per entity, ordered by subject name, type and
 * object name. Relationship properties have no cross-type index, so each entity's lookup scans the
 * relationships once; the limit bounds what is collected and returned.
 */
export function statementsQuery(ids: readonly string[], limit: number): Query {
  return {
    cypher: `
      UNWIND $ids AS id
      CALL (id) {
        MATCH (a:Entity)-[r]->(b:Entity)
        WHERE r.claimedBy = id
        WITH r, a, b ORDER BY a.name, type(r), b.name LIMIT toInteger($limit)
        RETURN collect({ relation: ${relationPayload('r')}, from: ${entityPayload('a')}, to: ${entityPayload('b')} }) AS statements
      }
      RETURN id, statements`,
    params: { ids, limit },
  };
}
