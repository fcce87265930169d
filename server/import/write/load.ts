// One load = one write transaction: every file of it is checked against the database, resolved,
// planned and written inside it, so the load commits completely or not at all. A dry run does
// the same work and then rolls back. Validation errors roll back too, and become the report.
import type { Executor, TxRunner } from '../../db/executor';
import { applyPlan, planRows, type ApplyOptions } from './apply';
import { planWrites, type PlanCounts } from '../plan/plan';
import { named, type PreparedSeed } from '../validate/prepare';
import { readState } from '../resolve/read-state';
import { emptyReport, failedReport } from '../report';
import type { ImportError, ImportOptions, ImportReport } from '../types';
import { importLockQuery } from '../../queries/load/write-queries';

/** A whole load may take long: big files are one transaction on purpose. */
export const IMPORT_TIMEOUT_MS = 10 * 60_000;

export interface LoadOptions extends ImportOptions, Pick<ApplyOptions, 'batchSize'> {
  timeoutMs?: number;
}

/** What a load needs of the executor: one write transaction. Tests inject one that fails part-way. */
export type LoadRunner = Pick<Executor, 'writeTransaction'>;

class Rollback extends Error {
  constructor(readonly report: ImportReport) {
    super('rollback');
  }
}

export async function loadPrepared(executor: LoadRunner, files: readonly PreparedSeed[], options: LoadOptions = {}): Promise<ImportReport> {
  return runLoad(executor, options, async (tx, report, apply) => {
    for (const file of files) {
      const replaced = options.replace ? fileSources(file) : new Set<string>();
      const state = await readState(tx, file, { resolve: options.resolve !== false, replaceSources: replaced });
      if (Array.isArray(state)) return named(file.name, state);
      const { plan, counts } = planWrites({
        incoming: state.incoming,
        sources: file.seed.sources,
        existing: state,
        replaceSources: replaced,
        scope: state.scope,
      });
      report.notes.push(...(file.notes ?? []));
      report.resolutions.push(...state.resolutions);
      report.entitiesResolved += state.resolutions.length;
      addCounts(report, counts);
      report.relationsRemoved += await apply(plan);
    }
    return [];
  });
}

/** The plan-and-apply part of a load, run in a transaction that rolls back on errors or dry runs. */
export async function runLoad(
  executor: LoadRunner,
  options: LoadOptions,
  work: (tx: TxRunner, report: ImportReport, apply: (plan: Parameters<typeof planRows>[0]) => Promise<number>) => Promise<ImportError[]>,
): Promise<ImportReport> {
  const dryRun = options.dryRun === true;
  try {
    return await executor.writeTransaction(async (tx) => {
      // Loads take turns: whatever this one reads next, no other load can change until it ends.
      await tx.run(importLockQuery());
      // A retried transaction starts again from nothing: all state lives inside this function.
      const report = emptyReport(dryRun);
      let done = 0;
      const apply = async (plan: Parameters<typeof planRows>[0]) => {
        const total = done + planRows(plan);
        const before = done;
        const removed = await applyPlan(tx, plan, {
          ...options,
          onBatch: (rows) => {
            done = before + rows;
            options.onProgress?.(done, total);
          },
        });
        done = total;
        return removed;
      };
      const errors = await work(tx, report, apply);
      if (errors.length) throw new Rollback(failedReport(errors, dryRun));
      if (dryRun) throw new Rollback(report);
      return report;
    }, options.timeoutMs ?? IMPORT_TIMEOUT_MS);
  } catch (error) {
    if (error instanceof Rollback) return error.report;
    throw error;
  }
}

/** The sources a file speaks for: those it declares and those its evidence cites. */
export function fileSources(file: PreparedSeed): Set<string> {
  const ids = new Set(file.seed.sources.map((source) => source.id));
  for (const relation of file.seed.relations) for (const item of relation.evidence) ids.add(item.source);
  return ids;
}

function addCounts(report: ImportReport, counts: PlanCounts): void {
  for (const key of [
    'entitiesCreated',
    'entitiesUpdated',
    'entitiesRemoved',
    'relationsCreated',
    'relationsUpdated',
    'relationsRemoved',
    'sourcesCreated',
    'sourcesUpdated',
    'sourcesRemoved',
  ] as const) {
    report[key] += counts[key];
  }
  report.createdEntityIds.push(...counts.createdEntityIds);
}
