// Edits of one entity or relation (the upsertEntity, upsertRelation and deleteEntity mutations):
// a check statement and a write statement in one write transaction. Each takes the loader's lock
// first, so an edit never lands between a load's reads and its writes. Provenance: the source
// named, else "manual". Inputs arrive validated (graphql/input-validation.ts); what only the
// database can tell (missing ends, a changed type) throws NotFoundError / InvalidInputError, whose
// `field` names the mutation input's field.
import type { Executor } from '../db/executor';
import { InvalidInputError, NotFoundError } from '../domain/errors';
import { isId, MANUAL_SOURCE } from '../domain/ids';
import type { EntityModel, RelationModel } from '../domain/models';
import { aliasText, normalizedForms } from '../domain/text';
import {
  deleteEntityQuery,
  entityEditCheckQuery,
  relationEditCheckQuery,
  upsertEntityQuery,
  upsertRelationQuery,
} from '../queries/edit/writes';
import { importLockQuery } from '../queries/load/write-queries';
import { toEntity, toRelation } from '../queries/read/payloads';

export interface EntityEdit {
  id: string;
  type: string;
  name: string;
  /** Null or undefined keeps the stored aliases. */
  aliases?: readonly string[] | null | undefined;
  /** Undefined keeps the description; null removes it. */
  description?: string | null | undefined;
  /** Null or undefined: the manual source. */
  source?: string | null | undefined;
  properties: Record<string, unknown>;
  /** Property keys to remove. */
  removedProperties: readonly string[];
}

export interface RelationEdit {
  from: string;
  type: string;
  to: string;
  properties: Record<string, unknown>;
  removedProperties: readonly string[];
  /** Quote "" for none; empty: the manual source. */
  evidence: readonly { source: string; quote: string }[];
}

const withNulls = (values: Record<string, unknown>, removed: readonly string[]) => ({
  ...values,
  ...Object.fromEntries(removed.map((key) => [key, null])),
});

export async function upsertEntity(executor: Executor, edit: EntityEdit): Promise<EntityModel> {
  const source = edit.source ?? MANUAL_SOURCE.id;
  if (!isId(source)) throw new InvalidInputError('input.source is not a source id.', 'input.source');
  return executor.writeTransaction(async (tx) => {
    await tx.run(importLockQuery());
    const [state] = await tx.run(entityEditCheckQuery(edit.id, source));
    if (state?.type != null && state.type !== edit.type) {
      throw new InvalidInputError(`input.type: ${edit.id} is a ${String(state.type)}; an entity's type cannot change.`, 'input.type');
    }
    if (source !== MANUAL_SOURCE.id && !state?.sourceFound) throw new NotFoundError('source', source, 'input.source');
    const stored = Array.isArray(state?.aliases) ? state.aliases.map(String) : [];
    const aliases = edit.aliases ? [...new Set(edit.aliases)] : stored;
    const set: Record<string, unknown> = {
      ...withNulls(edit.properties, edit.removedProperties),
      name: edit.name,
      aliases,
      _aliasText: aliasText(aliases),
      _norm: normalizedForms(edit.name, aliases),
    };
    // Absent keeps the description; explicit null removes it.
    if (edit.description !== undefined) set.description = edit.description;
    const [row] = await tx.run(upsertEntityQuery({ id: edit.id, type: edit.type, source, set }));
    return toEntity(row?.entity);
  });
}

export async function upsertRelation(executor: Executor, edit: RelationEdit): Promise<RelationModel> {
  const evidence = edit.evidence.length > 0 ? edit.evidence : [{ source: MANUAL_SOURCE.id, quote: '' }];
  const sources = [...new Set(evidence.map((item) => item.source))].filter((id) => id !== MANUAL_SOURCE.id);
  const claimedBy = typeof edit.properties.claimedBy === 'string' ? edit.properties.claimedBy : null;
  return executor.writeTransaction(async (tx) => {
    await tx.run(importLockQuery());
    const [state] = await tx.run(relationEditCheckQuery(edit.from, edit.to, sources, claimedBy));
    if (!state?.fromFound) throw new NotFoundError('entity', edit.from, 'input.from');
    if (!state.toFound) throw new NotFoundError('entity', edit.to, 'input.to');
    const missing = Array.isArray(state.missingSources) ? state.missingSources.map(String) : [];
    if (missing[0] !== undefined) {
      const index = evidence.findIndex((item) => item.source === missing[0]);
      throw new NotFoundError('source', missing[0], `input.evidence[${index}].source`);
    }
    if (!state.claimedByFound) {
      throw new InvalidInputError(
        `input.properties.claimedBy: there is no entity ${JSON.stringify(claimedBy)}.`,
        'input.properties.claimedBy',
      );
    }
    const query = upsertRelationQuery({
      from: edit.from,
      type: edit.type,
      to: edit.to,
      properties: withNulls(edit.properties, edit.removedProperties),
      evidence: evidence.map((item): [string, string] => [item.source, item.quote]),
    });
    const [row] = await tx.run(query);
    return { ...toRelation(row?.relation), from: toEntity(row?.from), to: toEntity(row?.to) };
  });
}

/** Throws NotFoundError when there is no such entity. */
export async function deleteEntity(executor: Executor, id: string): Promise<true> {
  const [row] = await executor.writeTransaction(async (tx) => {
    await tx.run(importLockQuery());
    return tx.run(deleteEntityQuery(id));
  });
  if (!row?.deleted) throw new NotFoundError('entity', id, 'id');
  return true;
}
