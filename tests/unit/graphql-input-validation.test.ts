// upsert inputs are checked with the seed format's own rules; errors name the input field.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { validateEntityInput, validateRelationInput } from '../../server/graphql/input-validation';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions.field;
  }
  return undefined;
};

describe('validateEntityInput', () => {
  const base = { id: 'north-korea', type: 'Country', name: 'North Korea' };

  it('accepts a valid entity and separates removals (null) from values', () => {
    expect(validateEntityInput({ ...base, aliases: ['DPRK'], properties: { wikidata: 'Q423', start: null } })).toEqual({
      properties: { wikidata: 'Q423' },
      removedProperties: ['start'],
    });
  });

  it.each([
    [{ id: 'North Korea' }, 'input.id'],
    [{ type: 'country' }, 'input.type'],
    [{ type: 'Entity' }, 'input.type'],
    [{ properties: { wikidata: 423 } }, 'input.properties.wikidata'],
    [{ properties: { label: 'x' } }, 'input.properties.label'],
    [{ properties: { _aliasText: 'x' } }, 'input.properties._aliasText'],
    [{ properties: { '1st': 'x' } }, 'input.properties.1st'],
    [{ properties: { mixed: ['a', 1] } }, 'input.properties.mixed'],
  ])('%j → %s', (change, field) => {
    expect(fieldOf(() => validateEntityInput({ ...base, ...change }))).toBe(field);
  });
});

describe('validateRelationInput', () => {
  const base = { from: 'russia', type: 'PARTNERS_WITH', to: 'north-korea' };

  it('fills absent quotes with "" as stored', () => {
    expect(validateRelationInput({ ...base, evidence: [{ source: 'a-source' }] }).evidence).toEqual([{ source: 'a-source', quote: '' }]);
  });

  it.each([
    [{ type: 'Partners' }, 'input.type'],
    [{ type: 'MENTIONS' }, 'input.type'],
    [{ to: 'North Korea' }, 'input.to'],
    [{ properties: { status: 'assessed' } }, 'input.properties.claimedBy'],
    [{ evidence: [{ source: 'Bad Source' }] }, 'input.evidence[0].source'],
  ])('%j → %s', (change, field) => {
    expect(fieldOf(() => validateRelationInput({ ...base, ...change }))).toBe(field);
  });
});
