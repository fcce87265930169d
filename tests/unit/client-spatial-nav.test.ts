import { describe, expect, it } from 'vitest';
import { directionForKey, nearestInDirection, nearestTo } from '../../client/src/core/spatial-nav';

// A plus sign around "c", plus a far node level with it and one off to the upper right.
const points = {
  c: { x: 0, y: 0 },
  east: { x: 100, y: 10 },
  farEast: { x: 300, y: 0 },
  north: { x: 5, y: -80 },
  south: { x: -5, y: 120 },
  west: { x: -90, y: 0 },
  diagonal: { x: 90, y: -85 },
};

describe('client spatial navigation (arrow keys on the canvas)', () => {
  it('moves to the nearest node in the pressed direction, y growing downwards', () => {
    expect(nearestInDirection(points, 'c', 'right')).toBe('east');
    expect(nearestInDirection(points, 'c', 'left')).toBe('west');
    expect(nearestInDirection(points, 'c', 'up')).toBe('north');
    expect(nearestInDirection(points, 'c', 'down')).toBe('south');
    expect(nearestInDirection(points, 'east', 'right')).toBe('farEast');
  });

  it('prefers what is level with the start over a nearer node off to the side', () => {
    const level = { a: { x: 0, y: 0 }, level: { x: 120, y: 0 }, aside: { x: 80, y: 60 } };
    expect(nearestInDirection(level, 'a', 'right')).toBe('level');
  });

  it('returns null at the edge of the graph or for an unknown start', () => {
    expect(nearestInDirection(points, 'farEast', 'right')).toBeNull();
    expect(nearestInDirection(points, 'south', 'down')).toBeNull();
    expect(nearestInDirection(points, 'missing', 'left')).toBeNull();
  });

  it('starts from the node nearest the centre of the view', () => {
    expect(nearestTo(points, { x: 95, y: 0 })).toBe('east');
    expect(nearestTo({}, { x: 0, y: 0 })).toBeNull();
  });

  it('maps only the four arrow keys to directions', () => {
    expect(directionForKey('ArrowLeft')).toBe('left');
    expect(directionForKey('ArrowDown')).toBe('down');
    expect(directionForKey('Enter')).toBeNull();
  });
});
