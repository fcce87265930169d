// Export → import helpers shared by the round-trip tests (tests/integration/export-round-trip*.test.ts).
import type { ExportFormat } from '../../server/export/export-formats';
import type { ImportReport, SeedFormat } from '../../server/import/index';

/** The export as `importSeed` takes it: parsed JSON, or the XML text. */
export function asInput(format: ExportFormat, text: string): { input: unknown; format: SeedFormat } {
  if (format === 'seed') return { input: JSON.parse(text), format: 'json' };
  if (format === 'cytoscape') return { input: JSON.parse(text), format: 'cytoscape' };
  return { input: text, format };
}

export const changes = (report: ImportReport) => ({
  ok: report.ok,
  errors: report.errors,
  created: [report.entitiesCreated, report.relationsCreated, report.sourcesCreated],
  updated: [report.entitiesUpdated, report.relationsUpdated, report.sourcesUpdated],
  removed: [report.entitiesRemoved, report.relationsRemoved, report.sourcesRemoved],
});

export const NO_CHANGE = { ok: true, errors: [], created: [0, 0, 0], updated: [0, 0, 0], removed: [0, 0, 0] };

/** A seed compared as tests/fixtures/formats/README.md says: order of keys and of list items aside, defaults filled. */
export function canonicalSeed(seed: unknown): unknown {
  const file = seed as { sources?: unknown[]; entities?: Record<string, unknown>[]; relations?: Record<string, unknown>[] };
  return canonical({
    sources: file.sources ?? [],
    entities: (file.entities ?? []).map((e) => ({ aliases: [], properties: {}, ...e })),
    relations: (file.relations ?? []).map((r) => ({ properties: {}, evidence: [], ...r })),
  });
}

/** Order of keys and of list items aside. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  return value;
}
