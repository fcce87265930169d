// Query fields that read entities, sources and counts: one Cypher statement each.
import type { Resolvers } from '../types';
import { countArgOf, entityTypesArg } from '../args';
import { decodeCursor, encodeCursor } from '../cursor';
import { userInputError } from '../errors';
import { CAPS, MAX_SEARCH_TEXT, SEARCH_CANDIDATE_FACTOR } from '../limits';
import { entitiesPageQuery, entityByIdQuery } from '../../queries/read/entities';
import { buildLuceneQuery } from '../../queries/read/lucene';
import { toEntity, toSource } from '../../queries/read/payloads';
import { searchQuery } from '../../queries/read/search';
import { rankHits } from '../../queries/read/search-rank';
import { allSourcesQuery } from '../../queries/read/sources';
import { statsQuery } from '../../queries/read/stats';

const counts = (value: unknown) =>
  (Array.isArray(value) ? value : []).map((item: { key?: unknown; count?: unknown }) => ({
    key: String(item.key),
    count: Number(item.count),
  }));

export const readQueryResolvers = {
  Query: {
    entity: async (_parent, { id }, { executor }) => {
      const [row] = await executor.read(entityByIdQuery(id));
      return row ? toEntity(row.entity) : null;
    },

    search: async (_parent, args, { executor }, info) => {
      if (args.query.length > MAX_SEARCH_TEXT) {
        throw userInputError(`query is longer than ${MAX_SEARCH_TEXT} characters.`, 'query');
      }
      const limit = countArgOf(info, args.limit, 'limit', CAPS.searchLimit);
      const types = entityTypesArg(args.types);
      const lucene = buildLuceneQuery(args.query);
      if (lucene === null) return [];
      const rows = await executor.read(searchQuery({ lucene, types, candidates: limit * SEARCH_CANDIDATE_FACTOR }));
      const candidates = rows.map((row) => ({ entity: toEntity(row.entity), score: Number(row.score) }));
      return rankHits(args.query, candidates, limit);
    },

    entities: async (_parent, args, { executor }, info) => {
      const first = countArgOf(info, args.first, 'first', CAPS.entitiesFirst);
      const types = entityTypesArg(args.types);
      const afterId = args.after == null ? null : decodeCursor(args.after);
      const [row] = await executor.read(entitiesPageQuery({ types, first, afterId }));
      const fetched = (Array.isArray(row?.entities) ? row.entities : []).map(toEntity);
      const page = fetched.slice(0, first);
      const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
      return {
        edges,
        totalCount: Number(row?.totalCount ?? 0),
        pageInfo: {
          hasNextPage: fetched.length > first,
          hasPreviousPage: afterId !== null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },

    sources: async (_parent, _args, { executor }) => (await executor.read(allSourcesQuery())).map((row) => toSource(row.source)),

    stats: async (_parent, _args, { executor }) => {
      const [row] = await executor.read(statsQuery());
      return {
        entityCount: Number(row?.entityCount ?? 0),
        relationCount: Number(row?.relationCount ?? 0),
        sourceCount: Number(row?.sourceCount ?? 0),
        byType: counts(row?.byType),
        byRelationType: counts(row?.byRelationType),
      };
    },
  },
} satisfies Resolvers;
