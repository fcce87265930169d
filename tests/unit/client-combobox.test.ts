import { describe, expect, it } from 'vitest';
import { closedCombo, comboKey, withResults } from '../../client/src/core/combobox';

describe('client search combobox keys', () => {
  it('opens on results and moves with the arrows, wrapping', () => {
    let state = withResults(3);
    expect(state).toEqual({ open: true, active: -1, count: 3 });
    state = comboKey(state, 'ArrowDown').state;
    expect(state.active).toBe(0);
    state = comboKey(comboKey(state, 'ArrowDown').state, 'ArrowDown').state;
    expect(state.active).toBe(2);
    expect(comboKey(state, 'ArrowDown').state.active).toBe(0);
    expect(comboKey(withResults(3), 'ArrowUp').state.active).toBe(2);
    expect(comboKey(state, 'Home').state.active).toBe(0);
    expect(comboKey(withResults(3), 'End').state.active).toBe(2);
  });

  it('chooses with Enter (the best match when nothing is highlighted) and closes', () => {
    expect(comboKey({ open: true, active: 1, count: 3 }, 'Enter')).toEqual({ state: closedCombo(3), choose: 1 });
    expect(comboKey(withResults(3), 'Enter').choose).toBe(0);
    expect(comboKey(closedCombo(3), 'Enter').choose).toBeUndefined();
    expect(comboKey(withResults(0), 'Enter').choose).toBeUndefined();
  });

  it('Escape closes an open list, and clears the input when it is already closed', () => {
    expect(comboKey({ open: true, active: 1, count: 3 }, 'Escape')).toEqual({ state: closedCombo(3) });
    expect(comboKey(closedCombo(3), 'Escape').clear).toBe(true);
  });

  it('ArrowDown reopens a closed list at the first option; no results means nothing moves', () => {
    expect(comboKey(closedCombo(2), 'ArrowDown').state).toEqual({ open: true, active: 0, count: 2 });
    expect(comboKey(closedCombo(0), 'ArrowDown').state).toEqual(closedCombo(0));
    expect(withResults(0).open).toBe(false);
  });
});
