import { describe, expect, it } from 'vitest';
import { placeAround } from '../../client/src/core/placement';
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
