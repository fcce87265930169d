// The stored layout (server/layout/): the graph it lays out, and the positions it writes back as
// internal node properties `_lx`, `_ly` and `_lv` (the graph version they were computed for).
// The imported file's `_x`, `_y` are never touched. Values are parameters; writes are batched.
import type { Query } from '../../db/executor';
import { degreeOf } from '../read/payloads';

/** Entities to lay out: the `max` most connected (as graph(limit) picks them), with their stored version. */
export function layoutNodesQuery(max: number): Query {
  return {
    cypher: `
      MATCH (e:Entity)
      WITH e, ${degreeOf('e')} AS degree
      ORDER BY degree DESC, e.id
      LIMIT toInteger($max)
      RETURN collect({ id: e.id, degree: degree, version: e._lv }) AS nodes`,
    params: { max },
  };
}

/** Every relation between two entities, as [from, to] (MENTIONS start at a Source: never matched). */
export function layoutEdgesQuery(): Query {
  return { cypher: 'MATCH (a:Entity)-[r]->(b:Entity) RETURN collect([a.id, b.id]) AS edges', params: {} };
}

export interface StoredPosition {
  id: string;
  x: number;
  y: number;
}

/** One batch of positions; returns how many entities it found (an entity deleted meanwhile is skipped). */
export function writePositionsQuery(rows: readonly StoredPosition[], version: string): Query {
  return {
    cypher: `
      UNWIND $rows AS row
      MATCH (e:Entity {id: row.id})
      SET e._lx = row.x, e._ly = row.y, e._lv = $version
      RETURN count(*) AS n`,
    params: { rows, version },
  };
}

/** Positions of another graph version (entities left out of this layout): they would not fit it. */
export function clearOtherPositionsQuery(version: string): Query {
  return {
    cypher: `
      MATCH (e:Entity) WHERE e._lv IS NOT NULL AND e._lv <> $version
      REMOVE e._lx, e._ly, e._lv
      RETURN count(*) AS n`,
    params: { version },
  };
}
