// upsertEntity, upsertRelation, deleteEntity: validated like seed files, then a check statement and a
// write statement in one write transaction. Provenance: the source named, else "manual".
// Each takes the loader's lock first, so an edit never lands between a load's reads and its writes.
import { isId, MANUAL_SOURCE } from '../../domain/ids';
import { aliasText, normalizedForms } from '../../domain/text';
import { importLockQuery } from '../../queries/load/write-queries';
import {
  deleteEntityQuery,
  entityEditCheckQuery,
  relationEditCheckQuery,
  upsertEntityQuery,
  upsertRelationQuery,
} from '../../queries/edit/writes';
import { toEntity, toRelation } from '../../queries/read/payloads';
import type { Resolvers } from '../generated/resolvers-types';
import { notFoundError as notFound, userInputError } from '../errors';
import { validateEntityInput, validateRelationInput } from '../input-validation';

const withNulls = (values: Record<string, unknown>, removed: readonly string[]) => ({
  ...values,
  ...Object.fromEntries(removed.map((key) => [key, null])),
});

export const editMutationResolvers = {
  Mutation: {
    upsertEntity: async (_parent, { input }, { executor }) => {
      const { properties, removedProperties } = validateEntityInput(input);
      const source = input.source ?? MANUAL_SOURCE.id;
      if (!isId(source)) throw userInputError('input.source is not a source id.', 'input.source');
      return executor.writeTransaction(async (tx) => {
        await tx.run(importLockQuery());
        const [state] = await tx.run(entityEditCheckQuery(input.id, source));
        if (state?.type != null && state.type !== input.type) {
          throw userInputError(`input.type: ${input.id} is a ${String(state.type)}; an entity's type cannot change.`, 'input.type');
        }
        if (source !== MANUAL_SOURCE.id && !state?.sourceFound) throw notFound(`There is no source ${JSON.stringify(source)}.`, 'input.source');
        const stored = Array.isArray(state?.aliases) ? state.aliases.map(String) : [];
        const aliases = input.aliases ? [...new Set(input.aliases)] : stored;
        const set: Record<string, unknown> = {
          ...withNulls(properties, removedProperties),
          name: input.name,
          aliases,
          _aliasText: aliasText(aliases),
          _norm: normalizedForms(input.name, aliases),
        };
        // Absent keeps the description; explicit null removes it.
        if (input.description !== undefined) set.description = input.description;
        const [row] = await tx.run(upsertEntityQuery({ id: input.id, type: input.type, source, set }));
        return toEntity(row?.entity);
      });
    },

    upsertRelation: async (_parent, { input }, { executor }) => {
      const valid = validateRelationInput(input);
      const evidence = valid.evidence.length > 0 ? valid.evidence : [{ source: MANUAL_SOURCE.id, quote: '' }];
      const sources = [...new Set(evidence.map((item) => item.source))].filter((id) => id !== MANUAL_SOURCE.id);
      const claimedBy = typeof valid.properties.claimedBy === 'string' ? valid.properties.claimedBy : null;
      return executor.writeTransaction(async (tx) => {
        await tx.run(importLockQuery());
        const [state] = await tx.run(relationEditCheckQuery(input.from, input.to, sources, claimedBy));
        if (!state?.fromFound) throw notFound(`There is no entity ${JSON.stringify(input.from)}.`, 'input.from');
        if (!state.toFound) throw notFound(`There is no entity ${JSON.stringify(input.to)}.`, 'input.to');
        const missing = Array.isArray(state.missingSources) ? state.missingSources.map(String) : [];
        if (missing.length > 0) {
          const index = evidence.findIndex((item) => item.source === missing[0]);
          throw notFound(`There is no source ${JSON.stringify(missing[0])}.`, `input.evidence[${index}].source`);
        }
        if (!state.claimedByFound) {
          throw userInputError(`input.properties.claimedBy: there is no entity ${JSON.stringify(claimedBy)}.`, 'input.properties.claimedBy');
        }
        const query = upsertRelationQuery({
          from: input.from,
          type: input.type,
          to: input.to,
          properties: withNulls(valid.properties, valid.removedProperties),
          evidence: evidence.map((item): [string, string] => [item.source, item.quote]),
        });
        const [row] = await tx.run(query);
        return { ...toRelation(row?.relation), from: toEntity(row?.from), to: toEntity(row?.to) };
      });
    },

    deleteEntity: async (_parent, { id }, { executor }) => {
      const [row] = await executor.writeTransaction(async (tx) => {
        await tx.run(importLockQuery());
        return tx.run(deleteEntityQuery(id));
      });
      if (!row?.deleted) throw notFound(`There is no entity ${JSON.stringify(id)}.`, 'id');
      return true;
    },
  },
} satisfies Resolvers;
