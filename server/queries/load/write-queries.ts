// Cypher for the writes of a load, one UNWIND statement per batch of rows. Every value is a
// parameter; labels and relationship types are validated, then used as dynamic labels/types
// (`$(row.type)`, Neo4j 5.26+), so nothing from the file is ever spliced into the query text.
import { assertLabel, assertRelType } from '../../db/identifiers';
import type { Query } from '../../db/executor';
import type { Mention, RelationRef } from '../../domain/entity';
import type { PlainMap } from '../../domain/values';
import { refreshDegrees } from '../degree/stored-degree';

/**
 * After a statement that created (+1) or deleted (-1) one relationship per row: each end's stored
 * degree changes by its number of rows, once per end (no per-row write, no walk over its
 * relationships: the bulk of a load). A relationship from an entity to itself counts once.
 */
const degreesAdd = (step: 1 | -1) => `WITH count(*) AS n, collect(a) + [pair IN collect([a, b]) WHERE pair[0] <> pair[1] | pair[1]] AS ends
CALL (ends) {
  UNWIND ends AS e
  WITH e, count(*) AS k
  SET e._degree = e._degree + ${step} * k
}
RETURN n`;

/** After a statement that added or removed relationships: the ends' stored degrees, then the row count. */
const endsRefreshed = `WITH count(*) AS n, collect(DISTINCT a) + collect(DISTINCT b) AS ends
${refreshDegrees('ends')}
RETURN n`;

const checkTypes = <T extends { type: string }>(rows: T[], assert: (type: string) => string): T[] => {
  for (const row of rows) assert(row.type);
  return rows;
};

const relRows = <T extends RelationRef>(rows: T[]) => checkTypes(rows, assertRelType);

/** The key of the one lock that every load, deleteSource and edit mutation takes first; see importLockQuery. */
export const IMPORT_LOCK_ID = 'seed-load';

/**
 * The first statement of every load's transaction (and of the edit mutations'), so that writers
 * take turns instead of both reading "no such relation" and both creating it. MERGE on a key with a unique constraint
 * (import_lock, schema-setup.ts) takes an exclusive lock on that key until the transaction ends;
 * the node is deleted again at once, so none is ever left in the graph.
 */
export function importLockQuery(): Query {
  return { cypher: 'MERGE (l:ImportLock {id: $id}) DELETE l', params: { id: IMPORT_LOCK_ID } };
}

// Each statement returns how many rows it wrote; the loader checks that against the batch size.
export const writeQueries = {
  upsertSources: (rows: { id: string; set: PlainMap }[]): Query => ({
    cypher: 'UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s += row.set RETURN count(*) AS n',
    params: { rows },
  }),
  createEntities: (rows: { type: string; props: PlainMap }[]): Query => ({
    cypher: 'UNWIND $rows AS row CREATE (e:Entity:$(row.type)) SET e = row.props, e._degree = 0 RETURN count(*) AS n',
    params: { rows: checkTypes(rows, assertLabel) },
  }),
  updateEntities: (rows: { id: string; set: PlainMap }[]): Query => ({
    cypher: 'UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e += row.set RETURN count(*) AS n',
    params: { rows },
  }),
  // CREATE, not MERGE: the plan adds only mentions that the same transaction saw missing, and
  // MERGE would scan a source's (large) MENTIONS fan-out for every row.
  addMentions: (rows: Mention[]): Query => ({
    cypher: `UNWIND $rows AS row
MATCH (s:Source {id: row.source})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[:MENTIONS]->(e)
RETURN count(*) AS n`,
    params: { rows },
  }),
  createRelations: (rows: (RelationRef & { props: PlainMap })[]): Query => ({
    cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
${degreesAdd(1)}`,
    params: { rows: relRows(rows) },
  }),
  updateRelations: (rows: (RelationRef & { set: PlainMap })[]): Query => ({
    cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MATCH (a)-[r:$(row.type)]->(b)
SET r += row.set
RETURN count(*) AS n`,
    params: { rows: relRows(rows) },
  }),
  deleteRelations: (rows: RelationRef[]): Query => ({
    cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MATCH (a)-[r:$(row.type)]->(b)
DELETE r
${degreesAdd(-1)}`,
    params: { rows: relRows(rows) },
  }),
  removeMentions: (rows: Mention[]): Query => ({
    cypher: `UNWIND $rows AS row
MATCH (s:Source {id: row.source})-[m:MENTIONS]->(e:Entity {id: row.entity})
DELETE m
RETURN count(*) AS n`,
    params: { rows },
  }),
  /** Relations between entities, left over on entities about to be deleted (e.g. evidence-less ones). */
  deleteRelationsOf: (ids: string[]): Query => ({
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r]-(:Entity)
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
DELETE r
${endsRefreshed}`,
    params: { ids },
  }),
  // Their neighbours' degrees drop (none are left after deleteRelationsOf in a load; exact anyway).
  deleteEntities: (ids: string[]): Query => ({
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH collect(e) AS gone
CALL (gone) {
  UNWIND gone AS e
  MATCH (e)--(m:Entity) WHERE NOT m.id IN $ids
  RETURN collect(DISTINCT m) AS around
}
FOREACH (e IN gone | DETACH DELETE e)
${refreshDegrees('around')}
RETURN size(gone) AS n`,
    params: { ids },
  }),
  deleteSources: (ids: string[]): Query => ({
    cypher: 'UNWIND $ids AS id MATCH (s:Source {id: id}) DETACH DELETE s RETURN count(*) AS n',
    params: { ids },
  }),
};
