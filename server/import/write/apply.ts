// Runs a write plan inside the load's transaction: one UNWIND statement per batch of rows, in an
// order that keeps every MATCH satisfied (sources and entities before the relationships to them).
import type { Query, TxRunner } from '../../db/executor';
import type { WritePlan } from '../plan/plan';
import { writeQueries as q } from '../../queries/load/write-queries';

export const WRITE_BATCH = 2_000;

export interface ApplyOptions {
  batchSize?: number;
  /** Called after every batch with rows written so far and the rows of the whole plan. */
  onBatch?: (rows: number) => void;
}

export class IncompleteWriteError extends Error {}

interface Step {
  rows: unknown[];
  build: (rows: never[]) => Query;
}

export function planRows(plan: WritePlan): number {
  return steps(plan).reduce((sum, step) => sum + step.rows.length, 0);
}

function steps(plan: WritePlan): Step[] {
  const entityDeletes = plan.entityDeletes;
  return [
    { rows: plan.sourceUpserts, build: q.upsertSources },
    { rows: plan.entityCreates, build: q.createEntities },
    { rows: plan.entityUpdates, build: q.updateEntities },
    { rows: plan.relationDeletes, build: q.deleteRelations },
    { rows: plan.relationCreates, build: q.createRelations },
    { rows: plan.relationUpdates, build: q.updateRelations },
    { rows: plan.mentionAdds, build: q.addMentions },
    { rows: plan.mentionRemoves, build: q.removeMentions },
    { rows: entityDeletes, build: q.deleteRelationsOf },
    { rows: entityDeletes, build: q.deleteEntities },
    { rows: plan.sourceDeletes, build: q.deleteSources },
  ];
}

/** Returns the number of relations removed along with deleted entities (not in the plan's counts). */
export async function applyPlan(tx: TxRunner, plan: WritePlan, options: ApplyOptions): Promise<number> {
  const size = options.batchSize ?? WRITE_BATCH;
  let extraRelationsRemoved = 0;
  let written = 0;
  for (const step of steps(plan)) {
    for (let start = 0; start < step.rows.length; start += size) {
      const batch = step.rows.slice(start, start + size);
      const [row] = await tx.run(step.build(batch as never[]));
      const count = Number(row?.n ?? 0);
      // deleteRelationsOf removes whatever is left; every other statement writes one row per input row.
      if (step.build === q.deleteRelationsOf) extraRelationsRemoved += count;
      else if (count !== batch.length) {
        // Something changed under the load (or a plan bug): fail, so the transaction rolls back.
        throw new IncompleteWriteError(`a write statement matched ${count} of ${batch.length} rows; the load was rolled back`);
      }
      written += batch.length;
      options.onBatch?.(written);
    }
  }
  return extraRelationsRemoved;
}
