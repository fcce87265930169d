// The article workbench's requests: the draft of a text (draftSeed, public and read-only) and the
// graph's entity and relation types for the review's pickers. Only app/ calls these.
import type { ArticleDraft, DraftSource } from '../core/draft-review';
import { DraftSeedDocument, GraphTypesDocument, type DraftSourceInput } from '../generated';
import { gql } from './graphql-client';

export async function draftArticle(text: string, source: DraftSourceInput): Promise<ArticleDraft> {
  const { draftSeed } = await gql(DraftSeedDocument, { text, source });
  // `seed` is a JSON scalar: its one source is the draft's source (server/draft/seed-build.ts).
  const seed = draftSeed.seed as { sources?: DraftSource[] };
  const draftSource = seed.sources?.[0];
  if (!draftSource) throw new Error('The draft has no source.');
  return {
    text,
    source: draftSource,
    sentences: draftSeed.sentences,
    mentions: draftSeed.mentions,
    candidates: draftSeed.candidates,
    suggestions: draftSeed.suggestions,
  };
}

export async function fetchGraphTypes(): Promise<{ entityTypes: string[]; relationTypes: string[] }> {
  const { stats } = await gql(GraphTypesDocument, {});
  return { entityTypes: stats.byType.map((c) => c.key), relationTypes: stats.byRelationType.map((c) => c.key) };
}
