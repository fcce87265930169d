// Fetches, inside the load's transaction, what the database holds of one file: referenced ids,
// resolution candidates, existing relations, and (replace) what the file's sources supported.
// A bounded number of statements: one per kind, chunked only for very large files.
import type { TxRunner } from '../../db/executor';
import { mergeIncoming, type Incoming } from './merge-incoming';
import type { PreparedSeed } from '../validate/prepare';
import { resolutionKeys, resolveEntities } from './resolve';
import type { EntityState, RelationState, SourceState } from '../../domain/entity';
import { relationKey } from '../../domain/ids';
import { checkAgainstDatabase } from '../validate/seed-checks';
import {
  candidatesQuery,
  entityStateQuery,
  relationStateQuery,
  runChunked,
  scopeEntitiesQuery,
  scopeRelationsQuery,
  sourceStateQuery,
  toEntityState,
  toRelationState,
  toSourceState,
} from '../../queries/load/state-queries';
import type { ImportError, Resolution } from '../types';

export interface FileState {
  incoming: Incoming;
  resolutions: Resolution[];
  entities: Map<string, EntityState>;
  sources: Map<string, SourceState>;
  relations: Map<string, RelationState>;
  scope: { entities: string[]; relations: string[] };
}

export interface ReadOptions {
  resolve: boolean;
  /** Replace mode: the sources whose previous content is superseded. */
  replaceSources: ReadonlySet<string>;
}

export async function readState(tx: TxRunner, prepared: PreparedSeed, options: ReadOptions): Promise<FileState | ImportError[]> {
  const { seed, references } = prepared;
  const entityIds = [...new Set([...seed.entities.map((e) => e.id), ...references.entities.keys()])];
  const sourceIds = [...new Set([...seed.sources.map((s) => s.id), ...references.sources.keys()])];
  const entities = new Map((await runChunked(tx, entityIds, entityStateQuery)).map(toEntityState).map((e) => [e.id, e]));
  const sources = new Map((await runChunked(tx, sourceIds, sourceStateQuery)).map(toSourceState).map((s) => [s.id, s]));

  const errors = checkAgainstDatabase(seed, references, {
    entities: new Map([...entities.values()].map((e) => [e.id, e.type])),
    sources: new Set(sources.keys()),
  });
  if (errors.length) return errors.map(prepared.locate);

  let resolutions: Resolution[] = [];
  const unknown = seed.entities.filter((entity) => !entities.has(entity.id));
  if (options.resolve && unknown.length) {
    const keys = resolutionKeys(unknown);
    const candidates = (await tx.run(candidatesQuery(keys.wikidata, keys.norms))).map(toEntityState);
    resolutions = resolveEntities(unknown, new Set(seed.entities.map((e) => e.id)), candidates);
    for (const candidate of candidates) entities.set(candidate.id, candidate);
  }
  const incoming = mergeIncoming(seed, resolutions);

  const scope: FileState['scope'] = { entities: [], relations: [] };
  if (options.replaceSources.size) {
    const replaced = [...options.replaceSources];
    for (const entity of (await tx.run(scopeEntitiesQuery(replaced))).map(toEntityState)) {
      entities.set(entity.id, entity);
      scope.entities.push(entity.id);
    }
  }
  const relations = new Map<string, RelationState>();
  const known = [...incoming.relations.entries()].filter(([, r]) => entities.has(r.from) && entities.has(r.to));
  const rows = await runChunked(
    tx,
    known.map(([, r]) => ({ from: r.from, type: r.type, to: r.to })),
    relationStateQuery,
  );
  for (const relation of rows.map(toRelationState)) relations.set(key(relation), relation);
  if (options.replaceSources.size) {
    for (const relation of (await tx.run(scopeRelationsQuery([...options.replaceSources]))).map(toRelationState)) {
      relations.set(key(relation), relation);
      scope.relations.push(key(relation));
    }
  }
  return { incoming, resolutions, entities, sources, relations, scope };
}

const key = (r: { from: string; type: string; to: string }) => relationKey(r.from, r.type, r.to);
