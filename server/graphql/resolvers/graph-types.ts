// Fields of Entity, Relation, Evidence and Source. Payload fields come straight from the models
// (synchronously: large subgraphs resolve without a promise per field); the rest go through the
// per-request batch loaders, never one query per parent.
import type { Direction, Resolvers } from '../types';
import { countArgOf, relationTypesArg, sdlDefault } from '../args';
import type { GraphQLContext } from '../context';
import { CAPS } from '../limits';
import { loaders } from '../loaders';
import type { EntityModel, SourceModel } from '../../domain/models';
import { bySourceDate, unknownSource } from '../../queries/read/payloads';

async function loadEntity(context: GraphQLContext, id: string): Promise<EntityModel> {
  const entity = await loaders(context).entity.load(id);
  // Only possible when the entity was deleted between two statements of this request.
  if (!entity) throw new Error(`entity ${id} disappeared while the request ran`);
  return entity;
}

async function loadSource(context: GraphQLContext, id: string): Promise<SourceModel> {
  return (await loaders(context).source.load(id)) ?? unknownSource(id);
}

export const graphTypeResolvers = {
  Entity: {
    degree: (entity, _args, context) =>
      entity.degree ??
      loaders(context)
        .entity.load(entity.id)
        .then((loaded) => loaded?.degree ?? 0),
    relations: async (entity, args, context, info) => {
      const relationArgs = {
        // The SDL's default (BOTH), also for an explicit null.
        direction: args.direction ?? (sdlDefault(info, 'direction') as Direction),
        types: relationTypesArg(args.types, 'types'),
        limit: countArgOf(info, args.limit, 'limit', CAPS.relationsLimit),
      };
      return (await loaders(context).relations(relationArgs).load(entity.id)) ?? [];
    },
    statements: async (entity, args, context, info) =>
      (await loaders(context)
        .statements(countArgOf(info, args.limit, 'limit', CAPS.statementsLimit))
        .load(entity.id)) ?? [],
    sources: (entity, _args, context) =>
      entity.sources ?? Promise.all(entity.sourceIds.map((id) => loadSource(context, id))).then((list) => list.sort(bySourceDate)),
  },
  Relation: {
    from: (relation, _args, context) => relation.from ?? loadEntity(context, relation.fromId),
    to: (relation, _args, context) => relation.to ?? loadEntity(context, relation.toId),
  },
  Evidence: {
    source: (evidence, _args, context) => evidence.source ?? loadSource(context, evidence.sourceId),
  },
  Source: {
    entityCount: (source, _args, context) =>
      source.entityCount ??
      loaders(context)
        .sourceCounts.load(source.id)
        .then((counts) => counts?.entityCount ?? 0),
    relationCount: (source, _args, context) =>
      source.relationCount ??
      loaders(context)
        .sourceCounts.load(source.id)
        .then((counts) => counts?.relationCount ?? 0),
  },
} satisfies Resolvers;
