import { describe, expect, it } from 'vitest';
import { placeAround, type Point } from '../../client/src/core/placement';
import { seededRandom } from '../../client/src/core/seeded-random';
import { escapeXml, shapeElement, toSvg } from '../../client/src/core/svg-export';

describe('client placement of new nodes', () => {
  it('puts new nodes around their parent, apart from each other and from existing nodes', () => {
    const parent = { x: 100, y: 100 };
    const occupied = [parent, { x: 205, y: 100 }];
    const spots = placeAround(parent, 20, occupied, 70);
    expect(spots).toHaveLength(20);
    const all = [...occupied, ...spots];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        expect(Math.hypot(all[i]!.x - all[j]!.x, all[i]!.y - all[j]!.y)).toBeGreaterThanOrEqual(70 * 0.8 - 1e-9);
      }
    }
    for (const p of spots) expect(Math.hypot(p.x - parent.x, p.y - parent.y)).toBeLessThan(70 * 5);
  });

  it('still places everything in a crowded space', () => {
    const crowd = Array.from({ length: 400 }, (_, i) => ({ x: (i % 20) * 10, y: Math.floor(i / 20) * 10 }));
    expect(placeAround({ x: 100, y: 100 }, 5, crowd)).toHaveLength(5);
  });

  it('places exactly where comparing every spot with every occupied point would (the cells only skip far points)', () => {
    // The free-space test as it was before the cells: every spot against every taken point.
    const reference = (parent: Point, count: number, occupied: Point[], spacing: number): Point[] => {
      const out: Point[] = [];
      const taken = [...occupied];
      const free = (p: Point) => taken.every((q) => (p.x - q.x) ** 2 + (p.y - q.y) ** 2 >= (spacing * 0.8) ** 2);
      for (let ring = 1; out.length < count && ring < 40; ring++) {
        const radius = spacing * (ring + 0.5);
        const slots = Math.max(6, Math.floor((2 * Math.PI * radius) / spacing));
        for (let i = 0; i < slots && out.length < count; i++) {
          const angle = ring * 0.5 + (2 * Math.PI * i) / slots;
          const p = { x: parent.x + radius * Math.cos(angle), y: parent.y + radius * Math.sin(angle) };
          if (!free(p)) continue;
          out.push(p);
          taken.push(p);
        }
      }
      return out;
    };
    const random = seededRandom(42);
    for (let round = 0; round < 20; round++) {
      const parent = { x: (random() - 0.5) * 2000, y: (random() - 0.5) * 2000 };
      const occupied = Array.from({ length: 50 + Math.floor(random() * 1500) }, () => ({
        x: parent.x + (random() - 0.5) * 3000,
        y: parent.y + (random() - 0.5) * 3000,
      }));
      const spacing = [40, 75, 70.5][round % 3]!;
      const count = 1 + Math.floor(random() * 300);
      const expected = reference(parent, count, occupied, spacing);
      expect(placeAround(parent, count, occupied, spacing).slice(0, expected.length)).toEqual(expected);
    }
  });
});

describe('client SVG export', () => {
  const a = { x: 0, y: 0, size: 30, color: '#2f6fdf', shape: 'ellipse', label: 'Putin\'s "visit" <x> & co' };
  const b = { x: 100, y: 0, size: 40, color: '#d9480f', shape: 'round-rectangle', label: 'Russia' };

  it('escapes every label as XML text', () => {
    expect(escapeXml(`<img src=x onerror=alert(1)>&'"`)).toBe('&lt;img src=x onerror=alert(1)&gt;&amp;&apos;&quot;');
    const svg = toSvg([a, b], [{ source: a, target: b, label: 'LEADS', directed: true }]);
    expect(svg).toContain('Putin&apos;s &quot;visit&quot; &lt;x&gt; &amp; co</text>');
    expect(svg).not.toContain('<x>');
  });

  it('draws nodes in their shapes and directed edges ending at the target border', () => {
    const svg = toSvg([a, b], [{ source: a, target: b, label: 'LEADS', directed: true }]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox=/);
    expect(svg).toContain('<circle cx="0.0" cy="0.0" r="15.0" fill="#2f6fdf"');
    expect(svg).toContain('<rect x="80.0" y="-20.0" width="40" height="40"');
    expect(svg).toContain('x2="78.0"');
    expect(svg).toContain('marker-end="url(#arrow)"');
    expect(svg).toContain('<title>LEADS</title>');
    expect(shapeElement({ ...a, shape: 'round-triangle' }).match(/,/g)).toHaveLength(3);
    expect(shapeElement({ ...a, shape: 'star' }).match(/,/g)).toHaveLength(10);
    expect(toSvg([], [])).toContain('<svg');
  });
});
