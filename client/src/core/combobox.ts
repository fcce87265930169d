// Keyboard behaviour of the search combobox as a pure reducer (ARIA 1.2 combobox with listbox popup).

export interface ComboState {
  open: boolean;
  /** Index of the highlighted option, -1 for none. */
  active: number;
  count: number;
}

export type ComboKey = 'ArrowDown' | 'ArrowUp' | 'Enter' | 'Escape' | 'Home' | 'End';

export interface ComboResult {
  state: ComboState;
  /** Index to choose (Enter on an option). */
  choose?: number;
  /** Escape on a closed list clears the input. */
  clear?: boolean;
}

export const closedCombo = (count = 0): ComboState => ({ open: false, active: -1, count });

/** New results arrived: open when there are any, nothing highlighted yet. */
export function withResults(count: number): ComboState {
  return { open: count > 0, active: -1, count };
}

export function comboKey(state: ComboState, key: ComboKey): ComboResult {
  const { count } = state;
  switch (key) {
    case 'ArrowDown':
      if (count === 0) return { state };
      return { state: { ...state, open: true, active: !state.open || state.active >= count - 1 ? 0 : state.active + 1 } };
    case 'ArrowUp':
      if (count === 0) return { state };
      return { state: { ...state, open: true, active: state.active <= 0 ? count - 1 : state.active - 1 } };
    case 'Home':
      return state.open && count > 0 ? { state: { ...state, active: 0 } } : { state };
    case 'End':
      return state.open && count > 0 ? { state: { ...state, active: count - 1 } } : { state };
    case 'Enter': {
      if (!state.open || count === 0) return { state };
      // Enter without a highlighted option takes the best match.
      const choose = state.active >= 0 ? state.active : 0;
      return { state: closedCombo(count), choose };
    }
    case 'Escape':
      return state.open ? { state: closedCombo(count) } : { state, clear: true };
  }
}
