// Removing a source = replacing it with an empty file: it stops supporting everything, and what
// only it supported (evidence, relations, entities) goes, then the Source node itself.
import type { Executor } from '../db/executor';
import { runLoad, type LoadOptions } from './load';
import { mergeIncoming } from './merge-incoming';
import { planWrites } from './plan';
import { scopeEntitiesQuery, scopeRelationsQuery, sourceStateQuery, toEntityState, toRelationState } from './state-queries';
import { relationKey } from './seed-checks';
import type { ImportReport } from './types';

/** The source does not exist; the GraphQL API maps this to NOT_FOUND. */
export class NotFoundError extends Error {
  constructor(readonly what: string, readonly id: string) {
    super(`${what} "${id}" does not exist`);
    this.name = 'NotFoundError';
  }
}

/** Throws NotFoundError when there is no such source (nothing is written then). */
export async function deleteSource(executor: Executor, sourceId: string, options: LoadOptions = {}): Promise<ImportReport> {
  return runLoad(executor, options, async (tx, report, apply) => {
    const [found] = await tx.run(sourceStateQuery([sourceId]));
    if (!found) throw new NotFoundError('source', sourceId);
    const sources = [sourceId];
    const entities = (await tx.run(scopeEntitiesQuery(sources))).map(toEntityState);
    const relations = (await tx.run(scopeRelationsQuery(sources))).map(toRelationState);
    const relationKeys = relations.map((r) => relationKey(r.from, r.type, r.to));
    const { plan, counts } = planWrites({
      incoming: mergeIncoming({ sources: [], entities: [], relations: [] }, []),
      sources: [],
      existing: {
        entities: new Map(entities.map((e) => [e.id, e])),
        sources: new Map(),
        relations: new Map(relations.map((r, i) => [relationKeys[i] ?? '', r])),
      },
      replaceSources: new Set(sources),
      scope: { entities: entities.map((e) => e.id), relations: relationKeys },
      deleteSources: sources,
    });
    Object.assign(report, counts);
    report.relationsRemoved += await apply(plan);
    return [];
  });
}
