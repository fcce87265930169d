// Query.article and the fields of Article and Source.text: the article beside its graph. The text
// is read only here (never by the graph reads); sentences are split once per article per request.
import type { Resolvers } from '../types';
import type { GraphQLContext } from '../context';
import type { ArticleModel } from '../../domain/models';
import type { Sentence } from '../../draft/sentences';
import { articleEntitiesQuery, articleRelationsQuery, articleSourceQuery, sourceTextsQuery } from '../../queries/read/article';
import { toEntity, toRelation, toSource } from '../../queries/read/payloads';
import { articleSentences, locateMentions, locateQuotes } from '../../services/article-text';
import { Batcher } from '../batcher';

const sentenceMemo = new WeakMap<ArticleModel, Sentence[]>();
function sentencesOf(article: ArticleModel): Sentence[] {
  let sentences = sentenceMemo.get(article);
  if (!sentences) {
    sentences = article.text === null ? [] : articleSentences(article.text, article.source.language);
    sentenceMemo.set(article, sentences);
  }
  return sentences;
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
    article: async (_parent, { source }, { executor }) => {
      const [row] = await executor.read(articleSourceQuery(source));
      if (!row) return null;
      const text = (row.source as { text?: unknown } | null)?.text;
      return { source: toSource(row.source), text: typeof text === 'string' ? text : null };
    },
  },
  Article: {
    sentences: (article) => sentencesOf(article),
    mentions: async (article, _args, { executor }) => {
      if (article.text === null) return [];
      const entities = (await executor.read(articleEntitiesQuery(article.source.id))).map((row) => toEntity(row.entity));
      return locateMentions(article.text, sentencesOf(article), entities);
    },
    quotes: async (article, _args, { executor }) => {
      const relations = (await executor.read(articleRelationsQuery(article.source.id))).map((row) => toRelation(row.relation));
      return locateQuotes(article.text, sentencesOf(article), article.source.id, relations);
    },
  },
  Source: {
    text: async (source, _args, context) => (await textLoader(context).load(source.id)) ?? null,
  },
} satisfies Resolvers;
