// The loader's Cypher builders, without a database: every value travels as a parameter, and
// labels and relationship types are validated before they reach a query.
import { describe, expect, it } from 'vitest';
import { assertLabel, assertRelType, InvalidIdentifierError, isPropertyKey } from '../../server/db/identifiers';
import { SCHEMA_STATEMENTS } from '../../server/db/schema-setup';
import {
  candidatesQuery,
  entityStateQuery,
  relationStateQuery,
  scopeEntitiesQuery,
  scopeRelationsQuery,
} from '../../server/queries/load/state-queries';
import { IMPORT_LOCK_ID, importLockQuery, writeQueries } from '../../server/queries/load/write-queries';

const EVIL = "x'}) DETACH DELETE n //";

describe('identifiers', () => {
  it.each(['Person', 'Organization', 'A', 'Satellite2'])('accepts the label %s', (label) => expect(assertLabel(label)).toBe(label));
  it.each(['person', 'Per son', 'Person`', '', 'A'.repeat(41), 'Ünion', 42])('rejects the label %s', (label) => {
    expect(() => assertLabel(label)).toThrow(InvalidIdentifierError);
  });
  it.each(['LEADS', 'LOCATED_IN', 'A1'])('accepts the relationship type %s', (type) => expect(assertRelType(type)).toBe(type));
  it.each(['leads', 'LOCATED-IN', '_X', 'X Y', 'A'.repeat(51)])('rejects the relationship type %s', (type) => {
    expect(() => assertRelType(type)).toThrow(InvalidIdentifierError);
  });
  it('accepts user property keys that start with a letter only', () => {
    expect(isPropertyKey('claimedBy')).toBe(true);
    expect(isPropertyKey('_norm')).toBe(false);
    expect(isPropertyKey('a-b')).toBe(false);
  });
});

describe('write query builders', () => {
  it('creates entities with their type as a dynamic label taken from the parameters', () => {
    const rows = [{ type: 'Person', props: { id: EVIL, name: EVIL } }];
    const query = writeQueries.createEntities(rows);
    // A new entity has no relations yet: its stored degree (queries/degree/stored-degree.ts) is 0.
    expect(query.cypher).toBe('UNWIND $rows AS row CREATE (e:Entity:$(row.type)) SET e = row.props, e._degree = 0 RETURN count(*) AS n');
    expect(query.params).toEqual({ rows });
    expect(query.cypher).not.toContain(EVIL);
  });

  it('refuses an invalid label or relationship type before building the query', () => {
    expect(() => writeQueries.createEntities([{ type: 'Person) DETACH DELETE (x', props: {} }])).toThrow(InvalidIdentifierError);
    const bad = { from: 'a', type: 'LEADS]->() DELETE r //', to: 'b' };
    expect(() => writeQueries.createRelations([{ ...bad, props: {} }])).toThrow(InvalidIdentifierError);
    expect(() => writeQueries.updateRelations([{ ...bad, set: {} }])).toThrow(InvalidIdentifierError);
    expect(() => writeQueries.deleteRelations([bad])).toThrow(InvalidIdentifierError);
  });

  it('matches relations by both endpoints and their type, all parameters', () => {
    const rows = [
      { from: 'vladimir-putin', type: 'LEADS', to: 'russia', props: { id: 'vladimir-putin|LEADS|russia', evidenceQuotes: [EVIL] } },
    ];
    const query = writeQueries.createRelations(rows);
    expect(query.cypher).toContain('MATCH (a:Entity {id: row.from})');
    expect(query.cypher).toContain('MATCH (b:Entity {id: row.to})');
    expect(query.cypher).toContain('CREATE (a)-[r:$(row.type)]->(b)');
    expect(query.params).toEqual({ rows });
    expect(query.cypher).not.toMatch(/vladimir|russia|LEADS/);
  });

  it('updates with SET += so that a null in the map removes that property', () => {
    const query = writeQueries.updateEntities([{ id: 'russia', set: { description: null, aliases: ['Rusia'] } }]);
    expect(query.cypher).toContain('SET e += row.set');
    expect(query.params.rows).toEqual([{ id: 'russia', set: { description: null, aliases: ['Rusia'] } }]);
  });

  it('every write statement returns the number of rows it wrote', () => {
    const rel = { from: 'a', type: 'T', to: 'b' };
    const queries = [
      writeQueries.upsertSources([{ id: 's', set: {} }]),
      writeQueries.createEntities([{ type: 'Person', props: {} }]),
      writeQueries.updateEntities([{ id: 'a', set: {} }]),
      writeQueries.addMentions([{ source: 's', entity: 'a' }]),
      writeQueries.removeMentions([{ source: 's', entity: 'a' }]),
      writeQueries.createRelations([{ ...rel, props: {} }]),
      writeQueries.updateRelations([{ ...rel, set: {} }]),
      writeQueries.deleteRelations([rel]),
      writeQueries.deleteRelationsOf(['a']),
      writeQueries.deleteEntities(['a']),
      writeQueries.deleteSources(['s']),
    ];
    for (const query of queries) {
      // `n`: counted before the ends' stored degrees are set again (queries/degree/stored-degree.ts).
      expect(query.cypher).toMatch(/RETURN (count\(\*\) AS n|size\(gone\) AS n|n)$/);
      expect(query.cypher).toMatch(/count\(\*\) AS n|size\(gone\) AS n/);
      expect(query.cypher).toMatch(/^UNWIND \$(rows|ids) AS/);
    }
  });
});

describe('the import lock', () => {
  it('merges the lock node by a parameter and deletes it in the same statement', () => {
    const query = importLockQuery();
    expect(query).toEqual({ cypher: 'MERGE (l:ImportLock {id: $id}) DELETE l', params: { id: 'seed-load' } });
    expect(IMPORT_LOCK_ID).toBe('seed-load');
  });

  it('locks a key that a unique constraint covers (without one, MERGE would not lock it)', () => {
    const constraints = SCHEMA_STATEMENTS.map((statement) => statement.cypher);
    expect(constraints).toContain('CREATE CONSTRAINT import_lock IF NOT EXISTS FOR (l:ImportLock) REQUIRE l.id IS UNIQUE');
  });
});

describe('state query builders', () => {
  it('looks all ids up in one statement', () => {
    const query = entityStateQuery(['a', EVIL]);
    expect(query.params).toEqual({ ids: ['a', EVIL] });
    expect(query.cypher).toMatch(/^UNWIND \$ids AS id MATCH \(e:Entity \{id: id\}\)/);
    expect(query.cypher).toContain('[(s:Source)-[:MENTIONS]->(e) | s.id] AS mentions');
  });

  it('finds resolution candidates by Wikidata id and normalised names in one statement', () => {
    const query = candidatesQuery(['Q159'], ['russia', 'rusia']);
    expect(query.params).toEqual({ wikidata: ['Q159'], norms: ['russia', 'rusia'] });
    expect(query.cypher).toContain('MATCH (e:Entity {wikidata: q})');
    expect(query.cypher).toContain('any(n IN e._norm WHERE n IN $norms)');
  });

  it('reads existing relations by (from, type, to) rows', () => {
    const query = relationStateQuery([{ from: 'a', type: 'LEADS', to: 'b' }]);
    expect(query.cypher).toContain('WHERE type(r) = row.type');
    expect(query.params).toEqual({ rows: [{ from: 'a', type: 'LEADS', to: 'b' }] });
  });

  it('scopes a replace to what the replaced sources mention', () => {
    expect(scopeEntitiesQuery(['s']).params).toEqual({ sources: ['s'] });
    expect(scopeRelationsQuery(['s']).cypher).toContain('any(x IN r.sources WHERE x IN $sources)');
  });
});
