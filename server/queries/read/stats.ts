// Everything `stats` shows, in one statement.
import type { Query } from '../../db/executor';

export function statsQuery(): Query {
  return {
    cypher: `
      CALL () { MATCH (e:Entity) RETURN count(e) AS entityCount }
      CALL () { MATCH (s:Source) RETURN count(s) AS sourceCount }
      CALL () {
        MATCH (e:Entity) WITH e.type AS key, count(*) AS count ORDER BY count DESC, key
        RETURN collect({ key: key, count: count }) AS byType
      }
      CALL () {
        MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS key, count(*) AS count ORDER BY count DESC, key
        RETURN collect({ key: key, count: count }) AS byRelationType
      }
      RETURN entityCount, sourceCount, byType, byRelationType,
             reduce(total = 0, c IN byRelationType | total + c.count) AS relationCount`,
    params: {},
  };
}
