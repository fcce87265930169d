// Per-request batch loaders for fields resolved per entity / relation / source: one Cypher statement
// per field and execution step, whatever the number of parents. Created lazily for each context.
import type { Executor, Row } from '../db/executor';
import { entitiesByIdsQuery, entityRelationsQuery, type RelationsArgs } from '../queries/read/entities';
import type { EntityModel, RelationModel, SourceModel } from '../domain/models';
import { toEntity, toRelation, toSource } from '../queries/read/payloads';
import { sourceCountsQuery, sourcesByIdsQuery } from '../queries/read/sources';
import { statementsQuery } from '../queries/read/statements';
import { Batcher } from './batcher';
import type { GraphQLContext } from './context';

export interface SourceCounts {
  entityCount: number;
  relationCount: number;
}

const byKey = <V>(rows: Row[], key: (row: Row) => string, value: (row: Row) => V) => new Map(rows.map((row) => [key(row), value(row)]));

function createLoaders(executor: Executor) {
  const relationLoaders = new Map<string, Batcher<RelationModel[]>>();
  const statementLoaders = new Map<number, Batcher<RelationModel[]>>();
  return {
    entity: new Batcher<EntityModel>(async (ids) => {
      const entities = (await executor.read(entitiesByIdsQuery(ids))).map((row) => toEntity(row.entity));
      return new Map(entities.map((entity) => [entity.id, entity]));
    }),
    source: new Batcher<SourceModel>(async (ids) => {
      const sources = (await executor.read(sourcesByIdsQuery(ids))).map((row) => toSource(row.source));
      return new Map(sources.map((source) => [source.id, source]));
    }),
    sourceCounts: new Batcher<SourceCounts>(async (ids) => {
      const sources = (await executor.read(sourceCountsQuery(ids))).map((row) => toSource(row.source));
      return new Map(sources.map((s) => [s.id, { entityCount: s.entityCount ?? 0, relationCount: s.relationCount ?? 0 }]));
    }),
    /** One batcher per distinct argument set of Entity.relations in the request. */
    relations(args: RelationsArgs): Batcher<RelationModel[]> {
      const key = JSON.stringify(args);
      let batcher = relationLoaders.get(key);
      if (!batcher) {
        batcher = new Batcher(async (ids) =>
          byKey(
            await executor.read(entityRelationsQuery(ids, args)),
            (row) => String(row.id),
            (row) => {
              const entity = toEntity(row.entity);
              return (Array.isArray(row.relations) ? row.relations : []).map((value) => withEnds(value, entity));
            },
          ),
        );
        relationLoaders.set(key, batcher);
      }
      return batcher;
    },
    /** One batcher per distinct `limit` of Entity.statements in the request. */
    statements(limit: number): Batcher<RelationModel[]> {
      let batcher = statementLoaders.get(limit);
      if (!batcher) {
        batcher = new Batcher(async (ids) =>
          byKey(
            await executor.read(statementsQuery(ids, limit)),
            (row) => String(row.id),
            (row) => (Array.isArray(row.statements) ? row.statements : []).map(statementWithEnds),
          ),
        );
        statementLoaders.set(limit, batcher);
      }
      return batcher;
    },
  };
}

/** A statement row: the relation with both of its ends. */
function statementWithEnds(value: Row[string]): RelationModel {
  const item = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
  return { ...toRelation(item.relation), from: toEntity(item.from), to: toEntity(item.to) };
}

/** A relation of `entity` with both ends: `entity` itself, and the row's `other` end. */
function withEnds(value: Row[string], entity: EntityModel): RelationModel {
  const item = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
  const relation = toRelation(item.relation);
  const other = toEntity(item.other);
  return {
    ...relation,
    from: relation.fromId === entity.id ? entity : other,
    to: relation.toId === entity.id ? entity : other,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

const perRequest = new WeakMap<GraphQLContext, Loaders>();

/** The loaders of this request (the context object lives exactly as long as the request). */
export function loaders(context: GraphQLContext): Loaders {
  let found = perRequest.get(context);
  if (!found) {
    found = createLoaders(context.executor);
    perRequest.set(context, found);
  }
  return found;
}
