// The one Cypher statement drafting needs: every entity's names, bounded by a validated limit.
import { describe, expect, it } from 'vitest';
import { knownNamesQuery } from '../../server/queries/read/known-names';

describe('knownNamesQuery', () => {
  it('reads id, type, name and aliases of :Entity nodes, bounded by a parameter', () => {
    const query = knownNamesQuery(1000);
    expect(query.cypher).toMatch(/MATCH \(e:Entity\)/);
    expect(query.cypher).toContain('LIMIT toInteger($limit)');
    expect(query.cypher).toMatch(/RETURN e\.id AS id, e\.type AS type, e\.name AS name, coalesce\(e\.aliases, \[\]\) AS aliases/);
    expect(query.params).toEqual({ limit: 1000 });
  });

  it('refuses a limit that is not a positive integer', () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) expect(() => knownNamesQuery(limit)).toThrow(RangeError);
  });
});
