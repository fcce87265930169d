import { describe, expect, it } from 'vitest';
import { relationSentence, relationWords } from '../../client/src/core/relation-words';

describe('relation types as words', () => {
  it('lower-cases the words of a verb-shaped type', () => {
    expect(relationWords('NEEDS_ASSISTANCE_FROM')).toBe('needs assistance from');
    expect(relationWords('SUPPLIES_ARMS_FOR')).toBe('supplies arms for');
  });
  it('adds the copula where a type is a noun or adjective phrase', () => {
    expect(relationWords('LOCATED_IN')).toBe('is located in');
    expect(relationWords('AFFILIATED_WITH')).toBe('is affiliated with');
  });
  it('keeps a type with no words as it is', () => {
    expect(relationWords('___')).toBe('___');
  });
  it('writes a relation as a sentence in its own direction', () => {
    expect(relationSentence('North Korea', 'NEEDS_ASSISTANCE_FROM', 'Russia')).toBe('North Korea needs assistance from Russia');
  });
});
