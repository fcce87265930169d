// Issue 12 (S2-H1): the overview's statement projects only what its SubgraphShape asks for, and its
// compact rows decode to the same models as the map payloads.
import { describe, expect, it } from 'vitest';
import { toCompactEntity, toCompactRelation } from '../../server/queries/read/compact-payloads';
import { graphQuery } from '../../server/queries/read/graph';
import { FULL_SHAPE, type SubgraphShape } from '../../server/queries/read/subgraph-shape';

const NOTHING: SubgraphShape = Object.fromEntries(Object.keys(FULL_SHAPE).map((key) => [key, false])) as unknown as SubgraphShape;
const overview = (shape: SubgraphShape) =>
  graphQuery({ types: null, relationTypes: null, sources: null, limit: 5000, edgeLimit: 20_000, shape }).cypher;

describe('graphQuery shapes', () => {
  it('asks Neo4j for evidence, quotes, properties, sources and positions only when the shape does', () => {
    const full = overview(FULL_SHAPE);
    const lean = overview(NOTHING);
    for (const part of [
      'r.evidenceSources',
      'r.evidenceQuotes',
      'keys(n)',
      'keys(r)',
      'n.aliases',
      'n.description',
      'n._lx',
      'MATCH (s:Source {id: id})',
      '(mentioner:Source)',
    ]) {
      expect(full, part).toContain(part);
      expect(lean, part).not.toContain(part);
    }
    expect(lean).toContain('[] AS sources');
    // Evidence without quotes; source ids without Source rows.
    const ids = overview({ ...NOTHING, evidence: true });
    expect(ids).toContain('r.evidenceSources');
    expect(ids).not.toContain('r.evidenceQuotes');
    expect(ids).not.toContain('MATCH (s:Source {id: id})');
    // Entity sources are listed newest first: their Source rows are read even for ids.
    expect(overview({ ...NOTHING, entitySources: true })).toContain('MATCH (s:Source {id: id})');
  });

  it('keeps the caps and the truncation flag whatever the shape', () => {
    for (const shape of [FULL_SHAPE, NOTHING]) {
      const cypher = overview(shape);
      expect(cypher).toContain('LIMIT toInteger($limit) + 1');
      expect(cypher).toContain('LIMIT toInteger($edgeLimit) + 1');
      expect(cypher).toContain('AS truncated');
    }
  });
});

describe('compact rows', () => {
  it('decode to entity and relation models, with absent slots as empty values', () => {
    const entity = toCompactEntity([
      'a',
      'Person',
      'A',
      ['Ay'],
      'd',
      [
        ['role', 'x'],
        ['_x', 1],
      ],
      3,
      ['s1'],
      null,
      null,
      1.5,
      -2,
    ]);
    expect(entity).toEqual({
      id: 'a',
      type: 'Person',
      name: 'A',
      aliases: ['Ay'],
      description: 'd',
      properties: { role: 'x' },
      degree: 3,
      sourceIds: ['s1'],
      position: undefined,
      layout: { x: 1.5, y: -2 },
    });
    expect(toCompactEntity(['b', 'Person', null, null, null, null, 0, null])).toMatchObject({
      name: 'b',
      aliases: [],
      properties: {},
      sourceIds: [],
    });
    const relation = toCompactRelation(['LEADS', 'a', 'b', null, [['status', 'claimed']], ['s1', 's2'], ['q', '']]);
    expect(relation).toEqual({
      id: 'a|LEADS|b',
      type: 'LEADS',
      fromId: 'a',
      toId: 'b',
      properties: { status: 'claimed' },
      evidence: [
        { sourceId: 's1', quote: 'q' },
        { sourceId: 's2', quote: null },
      ],
    });
    expect(toCompactRelation(['LEADS', 'a', 'b', 'kept-id', null, ['s1'], null])).toMatchObject({
      id: 'kept-id',
      evidence: [{ sourceId: 's1', quote: null }],
    });
  });
});
