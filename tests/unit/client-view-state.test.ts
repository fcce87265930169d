import { describe, expect, it } from 'vitest';
import { toggleRelationType, toggleSource, toggleType } from '../../client/src/core/filters';
import * as vs from '../../client/src/core/view-state';
import { visibleGraph } from '../../client/src/core/visible';
import { chainData, ids } from './client-fixtures';

const data = chainData();
const shown = (view: vs.ViewState) => ids(visibleGraph(data, view).nodes);

describe('client view state: expand, collapse, hide, focus', () => {
  it('starts with the overview', () => {
    expect(shown(vs.initialViewState())).toEqual(['a', 'b', 'c', 'd', 'h']);
  });

  it('expands to the first n neighbours, reports more, and shows more', () => {
    const view = vs.expand(vs.initialViewState(), data, 'h', 2);
    expect(shown(view)).toEqual(['a', 'b', 'c', 'd', 'h', 'l1', 'l2']);
    expect(vs.moreAvailable(view, data, 'h')).toBe(true);
    const more = vs.expand(view, data, 'h', 10);
    expect(shown(more)).toContain('l5');
    expect(vs.moreAvailable(more, data, 'h')).toBe(false);
    expect(vs.moreAvailable(more, data, 'a')).toBe(false);
  });

  it('expanding un-hides the neighbours it reveals (and the node itself)', () => {
    const hidden = vs.hide(vs.initialViewState(), ['h']);
    expect(shown(hidden)).not.toContain('h');
    const view = vs.expand({ ...hidden, hidden: ['h', 'l1', 'a'] }, data, 'h', 3);
    expect(view.hidden).toEqual(['a']);
  });

  it('collapses: un-expands and hides the leaves that hung on the node alone', () => {
    const expanded = vs.expand(vs.initialViewState(), data, 'h', 10);
    const collapsed = vs.collapse(expanded, data, 'h');
    expect(collapsed.expanded).toEqual({});
    expect(shown(collapsed)).toEqual(['a', 'b', 'c', 'd', 'h']);
    // In the overview, collapsing c hides d (a leaf on c) but not b (linked to a too).
    const c = vs.collapse(vs.initialViewState(), data, 'c');
    expect(c.hidden).toEqual(['d']);
  });

  it('collapse keeps pinned entities, path entities and other expanded nodes', () => {
    const pinned = vs.collapse({ ...vs.initialViewState(), pinned: ['d'] }, data, 'c');
    expect(pinned.hidden).toEqual([]);
  });

  it('hides entities, dropping them from pins, expansions and focus', () => {
    let view = vs.expand(vs.initialViewState(), data, 'h', 10);
    view = vs.setFocus({ ...view, pinned: ['h'] }, 'h', 1);
    const hidden = vs.hide(view, ['h']);
    expect(hidden.hidden).toEqual(['h']);
    expect(hidden.pinned).toEqual([]);
    expect(hidden.expanded).toEqual({});
    expect(hidden.focus).toBeNull();
    expect(vs.unhideAll(hidden).hidden).toEqual([]);
  });

  it('focus keeps the k-hop neighbourhood of the focused entity, clamping depth', () => {
    expect(shown(vs.setFocus(vs.initialViewState(), 'a', 1))).toEqual(['a', 'b']);
    expect(shown(vs.setFocus(vs.initialViewState(), 'a', 2))).toEqual(['a', 'b', 'c']);
    expect(vs.setFocus(vs.initialViewState(), 'a', 9).focus).toEqual({ id: 'a', depth: vs.MAX_FOCUS_DEPTH });
    expect(vs.setFocus(vs.initialViewState(), 'a', 0).focus?.depth).toBe(1);
    expect(vs.clearFocus(vs.setFocus(vs.initialViewState(), 'a', 1)).focus).toBeNull();
  });

  it('reveal pins an entity and lifts the hide and type filter that kept it out', () => {
    const view = {
      ...vs.initialViewState(),
      overview: false,
      hidden: ['l4'],
      filters: toggleType(vs.initialViewState().filters, 'Person'),
    };
    const revealed = vs.reveal(view, data, 'l4');
    expect(revealed.pinned).toEqual(['l4']);
    expect(revealed.hidden).toEqual([]);
    expect(revealed.filters.hiddenTypes).toEqual([]);
    expect(shown(revealed)).toEqual(['l4']);
  });

  it('startFrom shows only the given entity, keeping the layout', () => {
    const view = vs.startFrom(vs.setLayout(vs.initialViewState(), 'grid'), ['c']);
    expect(shown(view)).toEqual(['c']);
    expect(view.layout).toBe('grid');
  });

  it('a path stays visible whatever the filters and hides say', () => {
    const filtered = vs.setFilters(
      vs.hide(vs.initialViewState(), ['b']),
      toggleRelationType(toggleType(vs.initialViewState().filters, 'Person'), 'KNOWS'),
    );
    const withPath = vs.setPath(filtered, { from: 'a', to: 'c', nodes: ['a', 'b', 'c'], edges: ['a|KNOWS|b', 'b|KNOWS|c'] });
    const visible = visibleGraph(data, withPath);
    expect(ids(visible.nodes)).toEqual(['a', 'b', 'c', 'd', 'h']);
    // KNOWS is filtered out, but the path's own KNOWS relations stay; LEADS was never filtered.
    expect(ids(visible.edges)).toEqual(['a|KNOWS|b', 'b|KNOWS|c', 'c|LEADS|d']);
    expect(vs.setPath(withPath, null).path).toBeNull();
  });

  it('never mutates the state it is given', () => {
    const view = vs.initialViewState();
    const frozen = JSON.stringify(view);
    vs.expand(view, data, 'h', 3);
    vs.hide(view, ['a']);
    vs.collapse(view, data, 'c');
    vs.setFilters(view, toggleSource(view.filters, 's1'));
    expect(JSON.stringify(view)).toBe(frozen);
  });
});

describe('client visible graph: filters', () => {
  it('hides entity types and their relations', () => {
    const view = vs.setFilters(vs.initialViewState(), toggleType(vs.initialViewState().filters, 'Organization'));
    const visible = visibleGraph(data, view);
    expect(ids(visible.nodes)).toEqual(['a', 'b', 'c']);
    expect(ids(visible.edges)).toEqual(['a|KNOWS|b', 'b|KNOWS|c']);
  });

  it('hides relation types but keeps their entities', () => {
    const view = vs.setFilters(vs.initialViewState(), toggleRelationType(vs.initialViewState().filters, 'KNOWS'));
    const visible = visibleGraph(data, view);
    expect(ids(visible.nodes)).toEqual(['a', 'b', 'c', 'd', 'h']);
    expect(ids(visible.edges)).toEqual(['c|LEADS|d']);
  });

  it('keeps only what the chosen sources support', () => {
    const expanded = vs.expand(vs.initialViewState(), data, 'h', 10);
    const onlyTwo = vs.setFilters(expanded, toggleSource(expanded.filters, 's2'));
    const visible = visibleGraph(data, onlyTwo);
    expect(ids(visible.nodes)).toEqual(['h', 'l1', 'l2', 'l3', 'l4', 'l5']);
    expect(visible.edges.every((e) => e.type === 'MEMBER_OF')).toBe(true);
  });
});
