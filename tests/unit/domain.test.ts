// The shared domain helpers: one userProperties, one text fold, one id pattern and relation key.
import { describe, expect, it } from 'vitest';
import { ENTITY_FIELDS, RELATION_FIELDS, userProperties } from '../../server/domain/fields';
import { isId, relationKey } from '../../server/domain/ids';
import { foldText, normalizeName } from '../../server/domain/text';

describe('userProperties', () => {
  it('keeps user keys only, sorted, and drops nulls (Neo4j cannot store them)', () => {
    const props = { zeta: 1, id: 'x', name: 'X', _norm: ['x'], alpha: ['a'], gone: null };
    expect(Object.entries(userProperties(props, ENTITY_FIELDS))).toEqual([
      ['alpha', ['a']],
      ['zeta', 1],
    ]);
  });

  it('treats the evidence lists of a relation as fields', () => {
    expect(
      userProperties({ id: 'a|T|b', sources: ['s'], evidenceSources: ['s'], evidenceQuotes: [''], weight: 2 }, RELATION_FIELDS),
    ).toEqual({ weight: 2 });
  });
});

describe('one text fold', () => {
  it('normalises names with the same fold that search uses', () => {
    for (const name of ['Straße', 'Øresund', 'Łódź', 'Kim Jong Ün']) expect(normalizeName(name)).toBe(foldText(name));
  });
});

describe('ids', () => {
  it('accepts kebab-case ids up to 100 characters', () => {
    expect(isId('north-korea')).toBe(true);
    expect(isId('North-Korea')).toBe(false);
    expect(isId('a--b')).toBe(false);
    expect(isId('a'.repeat(101))).toBe(false);
  });

  it('keys a relation by its ends and type', () => {
    expect(relationKey('a', 'LEADS', 'b')).toBe('a|LEADS|b');
  });
});
