// Global shortcuts: Ctrl+Z undo, Ctrl+Shift+Z / Ctrl+Y redo, Delete hides the selected entity,
// / goes to search, ? lists the shortcuts (views/help.ts).
// Ignored while typing in a field, where the browser's own text undo applies.
import type { Actions } from './actions';
import type { Store } from './store';

const TEXT_INPUTS = new Set(['text', 'search', 'password', 'email', 'url', 'number', 'tel']);
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.tagName === 'TEXTAREA' || (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type)));

export function installShortcuts(store: Store, actions: Actions): void {
  document.addEventListener('keydown', (event) => {
    if (typing(event.target) || document.querySelector('dialog[open]')) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && key === 'z') {
      event.preventDefault();
      if (event.shiftKey) actions.redo();
      else actions.undo();
    } else if (mod && key === 'y') {
      event.preventDefault();
      actions.redo();
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && !mod) {
      const selection = store.get().selection;
      if (selection?.kind === 'node') {
        event.preventDefault();
        actions.hide([selection.id]);
      }
    } else if (event.key === '/' && !mod) {
      event.preventDefault();
      document.getElementById('search-input')?.focus();
    } else if (event.key === '?' && !mod) {
      event.preventDefault();
      document.getElementById('open-help')?.click();
    }
  });
}
