// The report every load returns (contract in types.ts), and its one-line-per-item text form.
import type { ImportError, ImportReport, Resolution } from './types';

export function emptyReport(dryRun: boolean): ImportReport {
  return {
    ok: true,
    dryRun,
    entitiesCreated: 0,
    entitiesUpdated: 0,
    entitiesResolved: 0,
    entitiesRemoved: 0,
    relationsCreated: 0,
    relationsUpdated: 0,
    relationsRemoved: 0,
    sourcesCreated: 0,
    sourcesUpdated: 0,
    sourcesRemoved: 0,
    resolutions: [],
    errors: [],
    createdEntityIds: [],
    notes: [],
  };
}

export function failedReport(errors: ImportError[], dryRun = false): ImportReport {
  return { ...emptyReport(dryRun), ok: false, errors };
}

/** `relations[12].to: unknown entity "kim-jong-uh"` */
export const formatError = (error: ImportError) => `${error.path}: ${error.message}`;

/** `russian-federation → russia (alias "Russia")` */
export const formatResolution = (resolution: Resolution) => `${resolution.from} → ${resolution.to} (${resolution.reason})`;

/** The summary the CLI prints and the auto-seed logs. */
export function summarize(report: ImportReport): string[] {
  const removed = (n: number) => (n ? `, ${n} removed` : '');
  return [
    `entities   ${report.entitiesCreated} created, ${report.entitiesUpdated} updated, ${report.entitiesResolved} resolved${removed(report.entitiesRemoved)}`,
    `relations  ${report.relationsCreated} created, ${report.relationsUpdated} updated${removed(report.relationsRemoved)}`,
    `sources    ${report.sourcesCreated} created, ${report.sourcesUpdated} updated${removed(report.sourcesRemoved)}`,
  ];
}
