// Every entity's id, type, name and aliases: what drafting matches an article against.
import type { Query } from '../../db/executor';

/** At most `limit` entities, in id order (the caller says when the limit was reached). */
export function knownNamesQuery(limit: number): Query {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, not ${limit}`);
  return {
    cypher: `
      MATCH (e:Entity)
      WITH e ORDER BY e.id LIMIT toInteger($limit)
      RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases`,
    params: { limit },
  };
}
