// Read queries that fetch what the database already holds of a load: one statement per kind,
// with ids passed as lists (UNWIND), never one statement per id.
import type { Query, Row, TxRunner } from '../../db/executor';
import type { EntityState, RelationRef, RelationState, SourceState } from '../../domain/entity';
import type { Plain, PlainMap } from '../../domain/values';

const ENTITY_FIELDS = 'e.id AS id, e.type AS type, properties(e) AS props, [(s:Source)-[:MENTIONS]->(e) | s.id] AS mentions';

export function entityStateQuery(ids: string[]): Query {
  return { cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${ENTITY_FIELDS}`, params: { ids } };
}

export function sourceStateQuery(ids: string[]): Query {
  return { cypher: 'UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id AS id, properties(s) AS props', params: { ids } };
}

/**
 * Every existing entity that an incoming one could resolve to: same Wikidata id (index lookup) or
 * a shared normalised name/alias (`_norm`). One statement for all incoming entities.
 */
export function candidatesQuery(wikidata: string[], norms: string[]): Query {
  return {
    cypher: `CALL () {
  UNWIND $wikidata AS q MATCH (e:Entity {wikidata: q}) RETURN e
  UNION
  MATCH (e:Entity) WHERE any(n IN e._norm WHERE n IN $norms) RETURN e
}
RETURN ${ENTITY_FIELDS}`,
    params: { wikidata, norms },
  };
}

export function relationStateQuery(rows: RelationRef[]): Query {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MATCH (a)-[r]->(b) WHERE type(r) = row.type
RETURN row.from AS from, row.type AS type, row.to AS to, properties(r) AS props`,
    params: { rows },
  };
}

/** Entities that the given sources mention: what a replace may take away from. */
export function scopeEntitiesQuery(sources: string[]): Query {
  return {
    cypher: `MATCH (s:Source)-[:MENTIONS]->(e:Entity) WHERE s.id IN $sources
WITH DISTINCT e
RETURN ${ENTITY_FIELDS}`,
    params: { sources },
  };
}

/** Relations with evidence from the given sources (their endpoints are mentioned by them). */
export function scopeRelationsQuery(sources: string[]): Query {
  return {
    cypher: `MATCH (s:Source)-[:MENTIONS]->(a:Entity)-[r]->(b:Entity)
WHERE s.id IN $sources AND any(x IN r.sources WHERE x IN $sources)
WITH DISTINCT a, r, b
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`,
    params: { sources },
  };
}

export const LOOKUP_BATCH = 5_000;

/** Runs `build` over `items` in chunks (one statement per chunk) and concatenates the rows. */
export async function runChunked<T>(tx: TxRunner, items: T[], build: (chunk: T[]) => Query, size = LOOKUP_BATCH): Promise<Row[]> {
  const rows: Row[] = [];
  for (let start = 0; start < items.length; start += size) {
    rows.push(...(await tx.run(build(items.slice(start, start + size)))));
  }
  return rows;
}

export function toEntityState(row: Row): EntityState {
  return {
    id: String(row.id),
    type: String(row.type),
    props: (row.props ?? {}) as PlainMap,
    mentions: ((row.mentions ?? []) as Plain[]).map(String),
  };
}

export function toRelationState(row: Row): RelationState {
  return { from: String(row.from), type: String(row.type), to: String(row.to), props: (row.props ?? {}) as PlainMap };
}

export function toSourceState(row: Row): SourceState {
  return { id: String(row.id), props: (row.props ?? {}) as PlainMap };
}

/** Whether the database holds any entity at all (the auto-seed loads only into an empty one). */
export function anyEntityQuery(): Query {
  return { cypher: 'MATCH (e:Entity) RETURN count(e) > 0 AS any LIMIT 1', params: {} };
}
