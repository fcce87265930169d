// Controls for small screens and the keyboard: the toolbar menu and the legend drawer (below 900 px
// the CSS shows their toggles and hides what they open), the "?" help dialog, and skip links that
// move focus without touching the URL's hash (which holds the view state).
import { byId } from './dom';

function toggler(button: HTMLElement, panel: HTMLElement): (open?: boolean) => void {
  const set = (open = button.getAttribute('aria-expanded') !== 'true') => {
    // Focus inside a panel that closes would be lost: it goes back to the panel's button.
    if (!open && panel.contains(document.activeElement)) button.focus();
    button.setAttribute('aria-expanded', String(open));
    panel.classList.toggle('open', open);
  };
  button.addEventListener('click', () => set());
  return set;
}

export function installScreenControls(): void {
  const toolbar = byId('toolbar');
  const setMenu = toggler(byId('toolbar-toggle'), toolbar);
  const setDrawer = toggler(byId('sidebar-toggle'), byId('sidebar'));
  // A tool used from the menu closes it, so the graph is seen again (the Export sub-menu stays).
  toolbar.addEventListener('click', (event) => {
    if (event.target instanceof HTMLButtonElement && byId('toolbar-toggle').getAttribute('aria-expanded') === 'true') setMenu(false);
  });
  // A path step picked in the drawer is shown on the graph, which the open drawer would cover.
  byId('sidebar').addEventListener('click', (event) => {
    const step = event.target instanceof Element && event.target.closest('button.path-step');
    if (step && byId('sidebar-toggle').getAttribute('aria-expanded') === 'true') setDrawer(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
    if (byId('toolbar-toggle').getAttribute('aria-expanded') === 'true') setMenu(false);
    else if (byId('sidebar-toggle').getAttribute('aria-expanded') === 'true') setDrawer(false);
  });

  const help = byId<HTMLDialogElement>('help-dialog');
  byId('open-help').addEventListener('click', () => {
    if (!help.open) help.showModal();
  });

  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.skip-link')) {
    link.addEventListener('click', (event) => {
      const target = document.getElementById(link.hash.slice(1));
      if (!target) return;
      event.preventDefault();
      target.focus();
    });
  }
}
