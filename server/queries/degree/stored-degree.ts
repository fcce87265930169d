// Each entity's degree, stored as the internal `_degree` (docs/data-model.md), with a range index
// (entity_degree, server/db/schema-setup.ts): the overview picks its most connected entities in
// index order instead of counting the relations of every entity (issue 12). Every statement that
// adds or removes a relationship between entities updates the ends' `_degree` in the same
// transaction: the loader's bulk create/delete by one per relationship (load/write-queries.ts),
// every other writer from the real count (below); the start-up migration repairs any drift.
import type { Query } from '../../db/executor';
import { degreeOf } from '../read/payloads';

/** `SET` item: `v`'s stored degree from its relationships; `v` is a bound :Entity variable (never user input). */
export const refreshDegree = (v: string) => `${v}._degree = ${degreeOf(v)}`;

/** `FOREACH` over a list of :Entity nodes `ends` (an expression): their stored degrees set again. */
export const refreshDegrees = (ends: string) => `FOREACH (refreshed IN ${ends} | SET ${refreshDegree('refreshed')})`;

/**
 * The start-up migration: every entity whose stored degree is missing (data written before it
 * existed) or wrong gets the real one. Idempotent: a second run changes nothing. Returns `fixed`.
 */
export function backfillDegreesQuery(): Query {
  return {
    cypher: `
      MATCH (e:Entity)
      WITH e, ${degreeOf('e')} AS degree
      WHERE e._degree IS NULL OR e._degree <> degree
      SET e._degree = degree
      RETURN count(*) AS fixed`,
    params: {},
  };
}
