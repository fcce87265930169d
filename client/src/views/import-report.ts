// Renders an ImportReport: counts, entity resolutions, and errors with their paths.
import type { ImportReport } from '../core/types';
import { el } from './dom';

export function reportView(report: ImportReport): HTMLElement {
  const rows: [string, number, number, number, number][] = [
    ['Entities', report.entitiesCreated, report.entitiesUpdated, report.entitiesRemoved, report.entitiesResolved],
    ['Relations', report.relationsCreated, report.relationsUpdated, report.relationsRemoved, 0],
    ['Sources', report.sourcesCreated, report.sourcesUpdated, report.sourcesRemoved, 0],
  ];
  const table = el(
    'table',
    { class: 'report-counts', 'aria-label': 'Import counts' },
    el(
      'thead',
      {},
      el('tr', {}, el('th', { scope: 'col' }, ''), ...['new', 'updated', 'removed', 'merged'].map((h) => el('th', { scope: 'col' }, h))),
    ),
    el(
      'tbody',
      {},
      ...rows.map(([label, ...counts]) =>
        el('tr', {}, el('th', { scope: 'row' }, label), ...counts.map((c) => el('td', { class: 'num' }, String(c)))),
      ),
    ),
  );
  const heading = report.ok
    ? report.dryRun
      ? 'Dry run: nothing was written yet. This is what importing would do:'
      : 'Imported.'
    : `The file has ${report.errors.length} problem${report.errors.length === 1 ? '' : 's'}; nothing can be imported until they are fixed.`;
  const view = el('div', { class: `report ${report.ok ? 'ok' : 'failed'}` }, el('p', { class: 'report-heading' }, heading), table);
  if (report.notes.length > 0) {
    view.append(
      el('h4', {}, 'How the file was read'),
      el('ul', { class: 'import-notes' }, ...report.notes.map((note) => el('li', {}, note))),
    );
  }
  if (report.resolutions.length > 0) {
    view.append(
      el('h4', {}, `Merged into existing entities (${report.resolutions.length})`),
      el(
        'ul',
        { class: 'resolutions' },
        ...report.resolutions.map((r) => el('li', {}, el('code', {}, r.from), ' → ', el('code', {}, r.to), ` (${r.reason})`)),
      ),
    );
  }
  if (report.errors.length > 0) {
    view.append(
      el('h4', {}, 'Errors'),
      el(
        'ul',
        { class: 'import-errors' },
        ...report.errors.map((e) => el('li', {}, el('code', { class: 'error-path' }, e.path), ' ', e.message)),
      ),
    );
  }
  return view;
}
