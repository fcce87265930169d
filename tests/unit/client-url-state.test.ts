import { describe, expect, it } from 'vitest';
import { fromHash, toHash } from '../../client/src/core/url-state';
import { initialViewState, type ViewState } from '../../client/src/core/view-state';

describe('client URL state', () => {
  it('writes nothing for the initial view', () => {
    expect(toHash(initialViewState(), null)).toBe('');
    expect(fromHash('')).toEqual({ view: initialViewState(), selection: null, pathEnds: null, viewport: null });
  });

  it('round-trips selection, expansions, pins, hides, filters, focus, layout and path ends', () => {
    const view: ViewState = {
      ...initialViewState(),
      overview: false,
      layout: 'circle',
      pinned: ['russia', 'kim-jong-un'],
      expanded: { 'north-korea': 50, russia: 25 },
      hidden: ['abc-news'],
      filters: { hiddenTypes: ['Place'], hiddenRelationTypes: ['LEADS', 'MEETS'], sources: ['konteks-2024-06-18-putin-pyongyang'] },
      focus: { id: 'russia', depth: 2 },
      path: { from: 'leif-eric-easley', to: 'seoul', nodes: ['leif-eric-easley', 'x', 'seoul'], edges: ['e1', 'e2'] },
    };
    const hash = toHash(view, { kind: 'edge', id: 'vladimir-putin|LEADS|russia' });
    expect(hash).toMatch(/^#/);
    const back = fromHash(hash);
    expect(back.selection).toEqual({ kind: 'edge', id: 'vladimir-putin|LEADS|russia' });
    expect(back.pathEnds).toEqual({ from: 'leif-eric-easley', to: 'seoul' });
    // The path itself is looked up again; everything else comes back as it was (lists sorted).
    expect(back.view).toEqual({ ...view, path: null, pinned: ['kim-jong-un', 'russia'] });
  });

  it('is stable: the same view gives the same hash', () => {
    const a = { ...initialViewState(), hidden: ['b', 'a'] };
    const b = { ...initialViewState(), hidden: ['a', 'b'] };
    expect(toHash(a, null)).toBe(toHash(b, null));
  });

  it('drops malformed parts instead of failing', () => {
    const back = fromHash('#layout=spiral&exp=a:-3,b:x,c:10,:5&focus=russia:9&sel=q:nope&hide=ok,<script>&path=a&types=');
    expect(back.view.layout).toBe('fcose');
    expect(back.view.expanded).toEqual({ c: 10 });
    expect(back.view.focus).toEqual({ id: 'russia', depth: 3 });
    expect(back.selection).toBeNull();
    expect(back.view.hidden).toEqual(['ok']);
    expect(back.pathEnds).toBeNull();
    expect(back.view.filters.hiddenTypes).toEqual([]);
  });

  it('carries the viewport the user chose, and drops one out of range', () => {
    const hash = toHash(initialViewState(), null, { zoom: 1.2345678, x: -120.04, y: 33.96 });
    expect(hash).toBe('#vp=1.23457%2C-120%2C34');
    expect(fromHash(hash).viewport).toEqual({ zoom: 1.23457, x: -120, y: 34 });
    for (const bad of ['9,0,0', '0,1,2', '1,2', '1,x,2', '1,2,3,4', '1,1e9,0', 'NaN,1,2'])
      expect(fromHash(`#vp=${encodeURIComponent(bad)}`).viewport, bad).toBeNull();
  });
});
