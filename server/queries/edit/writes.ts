// Single-entity and single-relation writes (the upsert/delete mutations). Each mutation runs its
// check statement and its write statement in one write transaction.
import type { Query } from '../../db/executor';
import { assertLabel, assertRelType } from '../../db/identifiers';
import { MANUAL_SOURCE, relationKey } from '../../domain/ids';
import { entityPayload, relationPayload } from '../read/payloads';
import { refreshDegree, refreshDegrees } from '../degree/stored-degree';

const ensureManualSource = `CALL () { MERGE (m:Source {id: $manualId}) ON CREATE SET m.title = $manualTitle }`;

/** What an entity edit checks first: the entity's type and aliases, and whether the source exists. */
export function entityEditCheckQuery(id: string, source: string): Query {
  return {
    cypher: `
      OPTIONAL MATCH (e:Entity {id: $id})
      OPTIONAL MATCH (s:Source {id: $source})
      RETURN e.type AS type, e.aliases AS aliases, s IS NOT NULL AS sourceFound`,
    params: { id, source },
  };
}

export interface UpsertEntityArgs {
  id: string;
  type: string;
  source: string;
  /** Everything to SET (`+=`): fixed fields, internal `_` fields, user properties; null removes a key. */
  set: Record<string, unknown>;
}

export function upsertEntityQuery({ id, type, source, set }: UpsertEntityArgs): Query {
  const manual = source === MANUAL_SOURCE.id;
  return {
    cypher: `
      ${manual ? ensureManualSource : ''}
      MERGE (e:Entity {id: $id})
      ON CREATE SET e._degree = 0
      SET e:${assertLabel(type)}
      SET e += $set
      WITH e
      MATCH (s:Source {id: $source})
      MERGE (s)-[:MENTIONS]->(e)
      RETURN ${entityPayload('e')} AS entity`,
    params: { id, source, set: { ...set, type }, manualId: MANUAL_SOURCE.id, manualTitle: MANUAL_SOURCE.title },
  };
}

/** What a relation edit checks first: both ends, the evidence sources and `claimedBy` exist. */
export function relationEditCheckQuery(from: string, to: string, sources: readonly string[], claimedBy: string | null): Query {
  return {
    cypher: `
      OPTIONAL MATCH (a:Entity {id: $from})
      OPTIONAL MATCH (b:Entity {id: $to})
      RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
             [id IN $sources WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS missingSources,
             $claimedBy IS NULL OR EXISTS { MATCH (:Entity {id: $claimedBy}) } AS claimedByFound`,
    params: { from, to, sources, claimedBy },
  };
}

export interface UpsertRelationArgs {
  from: string;
  type: string;
  to: string;
  /** Merged into the relation's properties (`+=`); null removes a key. */
  properties: Record<string, unknown>;
  /** [source, quote] pairs ("" for no quote), appended unless already there. */
  evidence: [string, string][];
}

export function upsertRelationQuery({ from, type, to, properties, evidence }: UpsertRelationArgs): Query {
  const sources = [...new Set(evidence.map(([source]) => source))];
  return {
    cypher: `
      ${sources.includes(MANUAL_SOURCE.id) ? ensureManualSource : ''}
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MERGE (a)-[r:${assertRelType(type)}]->(b)
      ON CREATE SET r.id = $id, r.evidenceSources = [], r.evidenceQuotes = []
      // The ends' stored degrees (queries/degree): MERGE's ON CREATE cannot hold a COUNT subquery.
      SET r += $properties, ${refreshDegree('a')}, ${refreshDegree('b')}
      WITH a, b, r, coalesce(r.evidenceSources, []) AS oldSources, coalesce(r.evidenceQuotes, []) AS oldQuotes
      WITH a, b, r, [i IN range(0, size(oldSources) - 1) | [oldSources[i], coalesce(oldQuotes[i], '')]] AS old
      WITH a, b, r, old + [item IN $evidence WHERE NOT item IN old] AS merged
      SET r.evidenceSources = [item IN merged | item[0]],
          r.evidenceQuotes = [item IN merged | item[1]],
          r.sources = reduce(acc = [], item IN merged | CASE WHEN item[0] IN acc THEN acc ELSE acc + item[0] END)
      WITH a, b, r
      CALL (a, b) {
        UNWIND $sources AS sourceId
        MATCH (s:Source {id: sourceId})
        MERGE (s)-[:MENTIONS]->(a)
        MERGE (s)-[:MENTIONS]->(b)
      }
      RETURN ${relationPayload('r')} AS relation, ${entityPayload('a')} AS from, ${entityPayload('b')} AS to`,
    params: {
      from,
      to,
      id: relationKey(from, type, to),
      properties,
      evidence,
      sources,
      manualId: MANUAL_SOURCE.id,
      manualTitle: MANUAL_SOURCE.title,
    },
  };
}

export function deleteEntityQuery(id: string): Query {
  return {
    // Its neighbours' stored degrees drop with it.
    cypher: `
      MATCH (e:Entity {id: $id})
      WITH e, [(e)--(m:Entity) WHERE m <> e | m] AS around
      DETACH DELETE e
      WITH around
      ${refreshDegrees('around')}
      RETURN count(*) AS deleted`,
    params: { id },
  };
}
