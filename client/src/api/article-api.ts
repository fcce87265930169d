// The Article view's request: a source's text with its sentences, mentions and quotes, converted to
// the core's plain shapes. Only app/ calls this.
import type { ArticleData } from '../core/article-text';
import { relationEdge } from '../core/relation-view';
import { relationSentence } from '../core/relation-words';
import type { Properties } from '../core/types';
import { ArticleDocument } from '../generated';
import { gql } from './graphql-client';

const asProperties = (value: unknown): Properties =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Properties) : {};

/** Null when there is no such source. */
export async function fetchArticle(sourceId: string): Promise<ArticleData | null> {
  const { article } = await gql(ArticleDocument, { source: sourceId });
  if (!article) return null;
  return {
    source: article.source,
    text: article.text,
    sentences: article.sentences,
    mentions: article.mentions.map((m) => ({
      entityId: m.entity.id,
      name: m.entity.name,
      type: m.entity.type,
      start: m.start,
      end: m.end,
      sentence: m.sentence,
    })),
    quotes: article.quotes.map((q) => ({
      edge: relationEdge({ ...q.relation, properties: asProperties(q.relation.properties) }),
      label: relationSentence(q.relation.from.name, q.relation.type, q.relation.to.name),
      quote: q.quote,
      span: q.start !== null && q.end !== null ? { start: q.start, end: q.end } : null,
      sentence: q.sentence,
    })),
  };
}
