// draftSeed: an article's text → a draft to review. Reads the graph's names (one query) and writes nothing.
import { GraphQLError } from 'graphql';
import { KnownSourceError } from '../../draft/known-sources';
import type { Resolvers } from '../types';
import { validateDraftInput } from '../draft-input';

/** The graph holds more names than the API drafts against: say so rather than match some of them. */
const tooManyNames = (error: KnownSourceError) =>
  new GraphQLError(`${error.message}; draft with \`npm run draft\` instead.`, { extensions: { code: 'GRAPH_TOO_LARGE' } });

export const draftQueryResolvers = {
  Query: {
    draftSeed: async (_parent, args, { drafts, executor }) => {
      const { text, source } = validateDraftInput(args.text, args.source);
      const draft = await drafts.draft(text, source, executor).catch((error: unknown) => {
        throw error instanceof KnownSourceError ? tooManyNames(error) : error;
      });
      return {
        ...draft,
        // A sentence's words are the client's own text: only the offsets travel.
        sentences: draft.sentences.map((s) => ({ ...s, text: null })),
        mentions: draft.mentions.map((m) => ({
          entityId: m.entityId ?? null,
          alternatives: m.alternatives ?? [],
          candidate: m.candidate ?? null,
          type: m.type,
          start: m.start,
          end: m.end,
          sentence: m.sentence,
        })),
        suggestions: draft.suggestions.map((s) => ({ ...s, speaker: s.speaker ?? null, status: s.status ?? null })),
      };
    },
  },
} satisfies Resolvers;
