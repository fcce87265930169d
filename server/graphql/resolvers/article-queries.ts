// Query.article and the fields of Article and Source.text: the article beside its graph. The text
// is read only here (never by the graph reads); sentences, mentions and quotes are worked out once
// per source per request.
import type { Resolvers } from '../types';
import type { GraphQLContext } from '../context';
import type { ArticleModel } from '../../domain/models';
import type { Sentence } from '../../draft/sentences';
import { articleEntitiesQuery, articleRelationsQuery, articleSourceQuery, sourceTextsQuery } from '../../queries/read/article';
import { toEntity, toRelation, toSource } from '../../queries/read/payloads';
import { articleSentences, locateMentions, locateQuotes } from '../../services/article-text';
import { Batcher } from '../batcher';

/**
 * Work done once per source per request, however many aliases ask for it: the text can be big
 * (2,000,000 characters), and `{ a: article(…) { sentences } b: article(…) { sentences } … }`
 * must not split or match it again for each.
 */
const perRequest = new WeakMap<GraphQLContext, Map<string, unknown>>();
function once<T>(context: GraphQLContext, key: string, work: () => T): T {
  let memo = perRequest.get(context);
  if (!memo) perRequest.set(context, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, work());
  return memo.get(key) as T;
}

function sentencesOf(article: ArticleModel, context: GraphQLContext): Sentence[] {
  return once(context, `sentences:${article.source.id}`, () =>
    article.text === null ? [] : articleSentences(article.text, article.source.language),
  );
}

// One batched statement for every Source.text of a request (e.g. `sources { text }`).
const textLoaders = new WeakMap<GraphQLContext, Batcher<string | null>>();
function textLoader(context: GraphQLContext): Batcher<string | null> {
  let loader = textLoaders.get(context);
  if (!loader) {
    loader = new Batcher(async (ids) => {
      const rows = await context.executor.read(sourceTextsQuery(ids));
      return new Map(rows.map((row) => [String(row.id), typeof row.text === 'string' ? row.text : null]));
    });
    textLoaders.set(context, loader);
  }
  return loader;
}

export const articleResolvers = {
  Query: {
    article: (_parent, { source }, context) =>
      once(context, `article:${source}`, async () => {
        const [row] = await context.executor.read(articleSourceQuery(source));
        if (!row) return null;
        const text = (row.source as { text?: unknown } | null)?.text;
        return { source: toSource(row.source), text: typeof text === 'string' ? text : null };
      }),
  },
  Article: {
    sentences: (article, _args, context) => sentencesOf(article, context),
    mentions: (article, _args, context) =>
      once(context, `mentions:${article.source.id}`, async () => {
        const { text } = article;
        if (text === null) return [];
        const entities = (await context.executor.read(articleEntitiesQuery(article.source.id))).map((row) => toEntity(row.entity));
        return locateMentions(text, sentencesOf(article, context), entities);
      }),
    quotes: (article, _args, context) =>
      once(context, `quotes:${article.source.id}`, async () => {
        const relations = (await context.executor.read(articleRelationsQuery(article.source.id))).map((row) => toRelation(row.relation));
        return locateQuotes(article.text, sentencesOf(article, context), article.source.id, relations);
      }),
  },
  Source: {
    text: async (source, _args, context) => (await textLoader(context).load(source.id)) ?? null,
  },
} satisfies Resolvers;
