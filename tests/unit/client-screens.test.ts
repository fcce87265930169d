// The pure parts of issue 13's "any screen" work: which labels to draw at a zoom, where to move the
// viewport to reveal something, label placement and the words around an exported picture.
import { describe, expect, it } from 'vitest';
import { figureCredits, figureLegend, figureTitle } from '../../client/src/core/figure-text';
import { labelBox, planLabels, wrapLines, type LabelCandidate } from '../../client/src/core/label-plan';
import { revealMove } from '../../client/src/core/reveal';
import { placeLabels, rectsOverlap } from '../../client/src/core/svg-labels';
import type { GraphData, GraphNode } from '../../client/src/core/types';
import { initialViewState } from '../../client/src/core/view-state';

const candidate = (id: string, x: number, priority: number): LabelCandidate => ({ id, x, y: 0, size: 30, priority, lineWidths: [80] });

describe('label plan', () => {
  const row = Array.from({ length: 10 }, (_, i) => candidate(`n${i}`, i * 100, i));

  it('labels everything when there is room, fewer (most important first) when zoomed out', () => {
    expect(planLabels(row, 1).size).toBe(10);
    const far = planLabels(row, 0.3);
    expect(far.size).toBeLessThan(10);
    expect(far.has('n9')).toBe(true);
    const chosen = row.filter((c) => far.has(c.id)).map((c) => labelBox(c, 0.3));
    for (let i = 0; i < chosen.length; i++)
      for (let j = i + 1; j < chosen.length; j++) expect(rectsOverlap(chosen[i]!, chosen[j]!)).toBe(false);
  });

  it('wraps at spaces and never cuts a word', () => {
    expect(wrapLines('Russian transfer of sensitive technology', 60, (s) => s.length * 6)).toEqual([
      'Russian',
      'transfer',
      'of',
      'sensitive',
      'technology',
    ]);
    expect(wrapLines('Kim Jong Un', 200, (s) => s.length * 6)).toEqual(['Kim Jong Un']);
  });
});

describe('reveal', () => {
  const view = { width: 800, height: 600, zoom: 1, pan: { x: 0, y: 0 } };

  it('leaves a visible box alone, pans the least to show one that fits, zooms out for one that does not', () => {
    expect(revealMove({ x1: 100, y1: 100, x2: 200, y2: 200 }, view, 30)).toBeNull();
    expect(revealMove({ x1: 790, y1: 100, x2: 830, y2: 140 }, view, 30)).toEqual({ zoom: 1, pan: { x: -60, y: 0 } });
    const out = revealMove({ x1: -1000, y1: 0, x2: 1000, y2: 100 }, view, 30)!;
    expect(out.zoom).toBeCloseTo(740 / 2000);
    expect(out.pan.x).toBeCloseTo(400);
  });

  it('does nothing in a canvas too small to show anything', () => {
    expect(revealMove({ x1: 0, y1: 0, x2: 10, y2: 10 }, { ...view, width: 40 }, 30)).toBeNull();
  });
});

describe('exported picture', () => {
  it('places labels around their nodes without overlaps, leaving out one that fits nowhere', () => {
    const boxes = [{ x1: -20, y1: -20, x2: 20, y2: 20 }];
    const placed = placeLabels(
      Array.from({ length: 6 }, () => ({ x: 0, y: 0, radius: 20, width: 60, height: 14 })),
      boxes,
    );
    expect(placed.slice(0, 4).every((p) => p !== null)).toBe(true);
    expect(placed.slice(4)).toEqual([null, null]);
    for (let i = 1; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(rectsOverlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('says what the view shows, which types, and which sources', () => {
    const node = (id: string, type: string): GraphNode => ({
      id,
      type,
      name: id.toUpperCase(),
      aliases: [],
      degree: 1,
      properties: {},
      sources: ['s1'],
    });
    const nodes = [node('a', 'Person'), node('b', 'Country'), node('c', 'Person')];
    const edges = [{ id: 'e', type: 'MEETS', source: 'a', target: 'b', properties: {}, evidence: [{ source: { id: 's1' } }] }];
    const data: GraphData = {
      nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
      edges: { e: edges[0]! },
      overview: [],
      overviewTruncated: false,
      neighbourhoods: {},
      sources: { s1: { id: 's1', title: 'Putin visits', publisher: 'Konteks', publishedAt: '2024-06-18' } },
    };
    const visible = { nodes, edges };
    const view = initialViewState();
    expect(figureTitle(data, view, visible)).toBe('3 entities and 1 relations');
    expect(figureTitle(data, { ...view, focus: { id: 'a', depth: 2 } }, visible)).toBe('A and everything within 2 steps');
    expect(figureTitle(data, { ...view, path: { from: 'a', to: 'b', nodes: ['a', 'b'], edges: ['e'] } }, visible)).toBe('Path from A to B');
    expect(figureLegend(visible).map((e) => [e.type, e.count])).toEqual([
      ['Person', 2],
      ['Country', 1],
    ]);
    expect(figureCredits(data, visible, '2026-01-02')).toEqual([
      'Source: Putin visits, Konteks, 2024-06-18',
      'Made with Jejaring, exported 2026-01-02.',
    ]);
  });
});
