// upsertEntity, upsertRelation, deleteEntity: inputs validated like seed files, then the edit
// service (server/services/edit-service.ts) runs the transaction.
import { deleteEntity, upsertEntity, upsertRelation } from '../../services/edit-service';
import type { Resolvers } from '../types';
import { validateEntityInput, validateRelationInput } from '../input-validation';
import { asApiErrors } from './service-errors';

export const editMutationResolvers = {
  Mutation: {
    upsertEntity: (_parent, { input }, { executor }) => {
      const { properties, removedProperties } = validateEntityInput(input);
      return asApiErrors(() => upsertEntity(executor, { ...input, properties, removedProperties }));
    },

    upsertRelation: (_parent, { input }, { executor }) => {
      const { properties, removedProperties, evidence } = validateRelationInput(input);
      return asApiErrors(() =>
        upsertRelation(executor, { from: input.from, type: input.type, to: input.to, properties, removedProperties, evidence }),
      );
    },

    deleteEntity: (_parent, { id }, { executor }) => asApiErrors(() => deleteEntity(executor, id)),
  },
} satisfies Resolvers;
