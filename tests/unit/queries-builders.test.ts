// The Cypher builders: user values travel as parameters only; identifiers and counts that must be
// spliced are validated first.
import { describe, expect, it } from 'vitest';
import { entitiesPageQuery, entityByIdQuery, entityRelationsQuery } from '../../server/queries/read/entities';
import { graphQuery } from '../../server/queries/read/graph';
import { neighborhoodQuery } from '../../server/queries/read/neighborhood';
import { searchQuery } from '../../server/queries/read/search';
import { shortestPathQuery } from '../../server/queries/read/shortest-path';
import { allSourcesQuery, sourceCountsQuery } from '../../server/queries/read/sources';
import { statsQuery } from '../../server/queries/read/stats';
import {
  deleteEntityQuery,
  entityEditCheckQuery,
  relationEditCheckQuery,
  upsertEntityQuery,
  upsertRelationQuery,
} from '../../server/queries/edit/writes';
import { exportQueries } from '../../server/queries/read/export';
import { anyEntityQuery } from '../../server/queries/load/state-queries';

const HOSTILE = "x'}) DETACH DELETE n //";

describe('read builders', () => {
  it('pass every user value as a parameter', () => {
    const queries = [
      entityByIdQuery(HOSTILE),
      entitiesPageQuery({ types: [HOSTILE], first: 10, afterId: HOSTILE }),
      entityRelationsQuery([HOSTILE], { direction: 'BOTH', types: [HOSTILE], limit: 5 }),
      searchQuery({ lucene: HOSTILE, types: [HOSTILE], candidates: 10 }),
      neighborhoodQuery({ id: HOSTILE, depth: 2, types: [HOSTILE], relationTypes: [HOSTILE], limit: 10, edgeLimit: 10 }),
      graphQuery({ types: [HOSTILE], relationTypes: [HOSTILE], sources: [HOSTILE], limit: 10, edgeLimit: 10 }),
      shortestPathQuery({ from: HOSTILE, to: 'b', maxLength: 4, relationTypes: [HOSTILE] }),
      sourceCountsQuery([HOSTILE]),
      deleteEntityQuery(HOSTILE),
      entityEditCheckQuery(HOSTILE, HOSTILE),
      relationEditCheckQuery(HOSTILE, HOSTILE, [HOSTILE], HOSTILE),
    ];
    for (const query of queries) {
      expect(query.cypher).not.toContain(HOSTILE);
      expect(JSON.stringify(query.params)).toContain('DETACH DELETE');
    }
  });

  it('unrolls one breadth-first level per depth, and refuses a depth outside 1..3', () => {
    const args = { id: 'a', types: null, relationTypes: null, limit: 10, edgeLimit: 10 };
    for (const depth of [1, 2, 3]) {
      expect(neighborhoodQuery({ ...args, depth }).cypher.match(/UNWIND frontier AS f/g)).toHaveLength(depth);
    }
    for (const depth of [0, 4, 1.5]) expect(() => neighborhoodQuery({ ...args, depth })).toThrow(RangeError);
  });

  it('bounds the shortest path by a validated literal, and walks only :Entity nodes', () => {
    const query = shortestPathQuery({ from: 'a', to: 'b', maxLength: 7, relationTypes: null });
    expect(query.cypher).toContain('shortestPath((a)-[*..7]-(b))');
    expect(query.cypher).toContain('all(n IN nodes(p) WHERE n:Entity)');
    expect(() => shortestPathQuery({ from: 'a', to: 'b', maxLength: 11, relationTypes: null })).toThrow(RangeError);
    expect(shortestPathQuery({ from: 'a', to: 'a', maxLength: 3, relationTypes: null }).cypher).not.toContain('shortestPath(');
  });

  it('fetch one more than the page or limit, to know whether there is more', () => {
    expect(entitiesPageQuery({ types: null, first: 50, afterId: null }).params.fetch).toBe(51);
    expect(graphQuery({ types: null, relationTypes: null, sources: null, limit: 500, edgeLimit: 9 }).cypher).toContain(
      'LIMIT toInteger($limit) + 1',
    );
  });

  it("order the overview by the entity's stored degree, counted by no one (S3-H1: its index gives the order)", () => {
    const { cypher } = graphQuery({ types: null, relationTypes: null, sources: null, limit: 5000, edgeLimit: 20_000 });
    expect(cypher).not.toMatch(/COUNT \{ \(n\)--\(\) \}/);
    expect(cypher).toContain('ORDER BY n._degree DESC, n.id');
  });

  it('never return the stored search helpers or the relation `sources` copy, and read edge ends from bound nodes', () => {
    const { cypher } = neighborhoodQuery({ id: 'a', depth: 1, types: null, relationTypes: null, limit: 10, edgeLimit: 10 });
    expect(cypher).not.toContain('properties(');
    expect(cypher).toMatch(/_norm: null, _aliasText: null/);
    expect(cypher).toMatch(/sources: null/);
    expect(cypher).not.toContain('startNode(');
    // The overview's compact rows name their fields: no `.*`, internal keys (`_…`) and `sources` left out.
    const overview = graphQuery({ types: null, relationTypes: null, sources: null, limit: 5000, edgeLimit: 20_000 }).cypher;
    expect(overview).not.toContain('.*');
    expect(overview).not.toContain('properties(');
    expect(overview).not.toContain('startNode(');
    expect(overview).toContain("WHERE NOT k STARTS WITH '_' AND NOT k IN ['id', 'sources', 'evidenceSources', 'evidenceQuotes']");
  });

  it('compute the counts inside the statement (no query per source or type)', () => {
    expect(allSourcesQuery().cypher).toMatch(/entityCount: COUNT \{.*relationCount: COUNT \{/s);
    expect(statsQuery().cypher.match(/CALL \(\)/g)).toHaveLength(4);
  });
});

describe('write builders', () => {
  it('splice only validated labels and relationship types', () => {
    expect(upsertEntityQuery({ id: HOSTILE, type: 'Person', source: 'manual', set: { name: HOSTILE } }).cypher).toContain('SET e:Person');
    expect(() => upsertEntityQuery({ id: 'a', type: 'Person`) DELETE (x', source: 'manual', set: {} })).toThrow(/invalid label/);
    expect(() => upsertRelationQuery({ from: 'a', type: 'LEADS]->() DELETE x//', to: 'b', properties: {}, evidence: [] })).toThrow(
      /invalid relationship type/,
    );
  });

  it('create the manual source only when the edit uses it', () => {
    const manual = upsertRelationQuery({ from: 'a', type: 'LEADS', to: 'b', properties: {}, evidence: [['manual', '']] });
    expect(manual.cypher).toContain('MERGE (m:Source {id: $manualId})');
    expect(manual.params).toMatchObject({ id: 'a|LEADS|b', sources: ['manual'], manualTitle: 'Manual edits' });
    const sourced = upsertRelationQuery({
      from: 'a',
      type: 'LEADS',
      to: 'b',
      properties: {},
      evidence: [
        ['art', 'q'],
        ['art', 'r'],
      ],
    });
    expect(sourced.cypher).not.toContain('MERGE (m:Source');
    expect(sourced.params.sources).toEqual(['art']);
  });
});

describe('parameterless builders', () => {
  it('read the whole graph for the export in a stable order, and ask whether any entity exists', () => {
    expect(exportQueries.sources().cypher).toContain('ORDER BY s.id');
    expect(exportQueries.entities().cypher).toContain('ORDER BY e.id');
    expect(exportQueries.relations().cypher).toContain('ORDER BY from, type, to');
    expect(anyEntityQuery().cypher).toMatch(/MATCH \(e:Entity\) RETURN count\(e\) > 0 AS any/);
    for (const query of [exportQueries.sources(), exportQueries.entities(), exportQueries.relations(), anyEntityQuery()])
      expect(query.params).toEqual({});
  });
});
