// importSeed and deleteSource: the loader's own code path (server/import), as the CLI uses it.
import { deleteSource, importSeed, NotFoundError } from '../../import';
import type { SeedFormat } from '../../import/types';
import type { Resolvers, SeedFormat as GraphQLSeedFormat } from '../generated/resolvers-types';
import { notFoundError } from '../errors';

const FORMATS: Record<GraphQLSeedFormat, SeedFormat> = { JSON: 'json', CSV: 'csv', CYTOSCAPE: 'cytoscape' };

export const importMutationResolvers = {
  Mutation: {
    importSeed: (_parent, args, { executor }) =>
      importSeed(executor, args.seed, {
        format: FORMATS[args.format ?? 'JSON'],
        dryRun: args.dryRun ?? false,
        replace: args.replace ?? false,
        resolve: args.resolve ?? true,
      }),

    deleteSource: async (_parent, { id }, { executor }) => {
      try {
        return await deleteSource(executor, id);
      } catch (error) {
        if (error instanceof NotFoundError) throw notFoundError(`There is no source ${JSON.stringify(id)}.`, 'id');
        throw error;
      }
    },
  },
} satisfies Resolvers;
