import type { Resolvers } from '../types';
import { articleResolvers } from './article-queries';
import { draftQueryResolvers } from './draft-queries';
import { editMutationResolvers } from './edit-mutations';
import { graphTypeResolvers } from './graph-types';
import { healthResolvers } from './health';
import { importMutationResolvers } from './import-mutations';
import { readQueryResolvers } from './read-queries';
import { subgraphQueryResolvers } from './subgraph-queries';

export const resolvers: Resolvers = {
  Query: {
    ...healthResolvers.Query,
    ...readQueryResolvers.Query,
    ...subgraphQueryResolvers.Query,
    ...articleResolvers.Query,
    ...draftQueryResolvers.Query,
  },
  Mutation: {
    ...importMutationResolvers.Mutation,
    ...editMutationResolvers.Mutation,
  },
  ...graphTypeResolvers,
  Article: articleResolvers.Article,
  Source: { ...graphTypeResolvers.Source, ...articleResolvers.Source },
};
