// Ticked = shown, for relation types and sources alike (issue 13, finding 8).
import { describe, expect, it } from 'vitest';
import {
  allRelationTypes,
  lastShownSource,
  noRelationTypes,
  onlyRelationType,
  sourceShown,
  toggleSourceShown,
} from '../../client/src/core/filter-ticks';
import { emptyFilters } from '../../client/src/core/filters';

const ALL = ['LEADS', 'NEEDS_ASSISTANCE_FROM', 'VISITS'];
const SOURCES = ['a', 'b', 'c'];

describe('client filter ticks', () => {
  it('shows only one relation type, all of them, or none', () => {
    const only = onlyRelationType(emptyFilters(), 'VISITS', ALL);
    expect(only.hiddenRelationTypes).toEqual(['LEADS', 'NEEDS_ASSISTANCE_FROM']);
    expect(allRelationTypes(only).hiddenRelationTypes).toEqual([]);
    expect(noRelationTypes(only, ALL).hiddenRelationTypes).toEqual(ALL);
  });

  it('unticks a source to hide it, and ticking every source again means all', () => {
    const start = emptyFilters();
    expect(SOURCES.every((s) => sourceShown(start, s))).toBe(true);
    const withoutB = toggleSourceShown(start, 'b', SOURCES);
    expect(withoutB.sources).toEqual(['a', 'c']);
    expect(sourceShown(withoutB, 'b')).toBe(false);
    expect(toggleSourceShown(withoutB, 'b', SOURCES).sources).toEqual([]);
  });

  it('never unticks the last shown source', () => {
    const onlyA = { ...emptyFilters(), sources: ['a'] };
    expect(lastShownSource(onlyA, 'a', SOURCES)).toBe(true);
    expect(lastShownSource(onlyA, 'b', SOURCES)).toBe(false);
    expect(toggleSourceShown(onlyA, 'a', SOURCES)).toBe(onlyA);
    expect(lastShownSource(emptyFilters(), 'a', ['a'])).toBe(true);
  });
});
