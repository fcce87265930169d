// Drafts for the API (the draftSeed query): the graph's names are read with one query per draft,
// and the matcher built from them (the costly part: ~1 s for 20k entities) is kept while the names
// stay the same. A fingerprint of what was read stands for the graph's version: any load or edit
// that changes a name, alias, type or id changes it, so a stale index is never used.
import { createHash } from 'node:crypto';
import type { Executor } from '../db/executor';
import { draftArticle, UNTYPED } from '../draft/draft';
import { KnownIndex } from '../draft/known-index';
import { knownFromGraph } from '../draft/known-sources';
import type { Draft, DraftMention, KnownEntity, SourceInput } from '../draft/types';

/** The API drafts against at most this many entities (the CLI against more); raise it here. */
export const MAX_API_KNOWN_ENTITIES = 200_000;

export interface ApiDraft extends Draft {
  mentions: (DraftMention & { type: string })[];
  /** How many of the graph's entities the text was matched against. */
  knownEntities: number;
}

function fingerprint(entities: readonly KnownEntity[]): string {
  const hash = createHash('sha256');
  // One JSON array per entity: unambiguous whatever characters the names hold.
  for (const e of entities) hash.update(JSON.stringify([e.id, e.type, e.name, e.aliases]));
  return hash.digest('hex');
}

export class DraftService {
  private cached: { key: string; index: KnownIndex } | undefined;

  constructor(
    private readonly executor: Executor,
    private readonly maxKnown = MAX_API_KNOWN_ENTITIES,
  ) {}

  /** `executor`: the request's (it stops with the request), this service's own by default. */
  async draft(text: string, source: SourceInput, executor: Executor = this.executor): Promise<ApiDraft> {
    const known = await knownFromGraph(executor, this.maxKnown);
    const key = fingerprint(known);
    if (this.cached?.key !== key) this.cached = { key, index: new KnownIndex(known) };
    const { types } = this.cached.index;
    const draft = draftArticle(text, source, this.cached.index);
    const candidateTypes = new Map(draft.candidates.map((c) => [c.id, c.type]));
    const typeOf = (m: DraftMention) => (m.entityId ? types.get(m.entityId) : candidateTypes.get(m.candidate ?? '')) ?? UNTYPED;
    return { ...draft, mentions: draft.mentions.map((m) => ({ ...m, type: typeOf(m) })), knownEntities: known.length };
  }
}
