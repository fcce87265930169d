// Removing a source = replacing it with an empty file: it stops supporting everything, and what
// only it supported (evidence, relations, entities) goes, then the Source node itself.
import { NotFoundError } from '../../domain/errors';
import { runLoad, type LoadOptions, type LoadRunner } from './load';
import { identity } from '../formats/locate';
import { planWrites } from '../plan/plan';
import type { PreparedSeed } from '../validate/prepare';
import { readState } from '../resolve/read-state';
import { sourceStateQuery } from '../../queries/load/state-queries';
import type { ImportReport } from '../types';

const emptyFile = (): PreparedSeed => ({
  seed: { sources: [], entities: [], relations: [] },
  references: { entities: new Map(), sources: new Map() },
  locate: identity,
  notes: [],
});

/** Throws NotFoundError when there is no such source (nothing is written then). */
export async function deleteSource(executor: LoadRunner, sourceId: string, options: LoadOptions = {}): Promise<ImportReport> {
  return runLoad(executor, options, async (tx, report, apply) => {
    const [found] = await tx.run(sourceStateQuery([sourceId]));
    if (!found) throw new NotFoundError('source', sourceId);
    const sources = [sourceId];
    const replaced = new Set(sources);
    // An empty file has nothing to check or resolve; readState only reads what the source supported.
    const state = await readState(tx, emptyFile(), { resolve: false, replaceSources: replaced });
    if (Array.isArray(state)) return state;
    const { plan, counts } = planWrites({
      incoming: state.incoming,
      sources: [],
      existing: state,
      replaceSources: replaced,
      scope: state.scope,
      deleteSources: sources,
    });
    Object.assign(report, counts);
    report.relationsRemoved += await apply(plan);
    return [];
  });
}
