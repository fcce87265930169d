import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, push, redo, replace, undo } from '../../client/src/core/history';

describe('client undo/redo history', () => {
  it('undoes and redoes in order', () => {
    let h = createHistory('a');
    h = push(h, 'b');
    h = push(h, 'c');
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = redo(h);
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('drops the redo future when a new step is pushed', () => {
    let h = push(push(createHistory(1), 2), 3);
    h = undo(h);
    h = push(h, 4);
    expect(h.present).toBe(4);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(2);
  });

  it('ignores pushing the same object, and replace changes the present without a step', () => {
    const state = { x: 1 };
    const h = createHistory(state);
    expect(push(h, state)).toBe(h);
    const r = replace(h, { x: 2 });
    expect(r.present).toEqual({ x: 2 });
    expect(canUndo(r)).toBe(false);
  });

  it('keeps at most `limit` past steps', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 10; i++) h = push(h, i, 3);
    expect(h.past).toEqual([7, 8, 9]);
  });
});
