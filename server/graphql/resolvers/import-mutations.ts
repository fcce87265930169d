// importSeed and deleteSource: the loader's own code path (server/import), as the CLI uses it.
// Arguments pass through as GraphQL gives them: the SDL's defaults apply, and an explicit null
// means the loader's own default (the same values).
import { deleteSource, importSeed, type SeedFormat } from '../../import';
import type { Resolvers, SeedFormat as GraphQLSeedFormat } from '../types';
import { asApiErrors } from './service-errors';

const FORMATS: Record<GraphQLSeedFormat, SeedFormat> = {
  JSON: 'json',
  CSV: 'csv',
  CYTOSCAPE: 'cytoscape',
  GRAPHML: 'graphml',
  GEXF: 'gexf',
};

export const importMutationResolvers = {
  Mutation: {
    importSeed: (_parent, args, { executor }) =>
      importSeed(executor, args.seed, {
        format: args.format ? FORMATS[args.format] : undefined,
        dryRun: args.dryRun ?? undefined,
        replace: args.replace ?? undefined,
        resolve: args.resolve ?? undefined,
        mapping: { typeFrom: args.typeFrom ?? undefined, defaultType: args.defaultType ?? undefined },
      }),

    deleteSource: (_parent, { id }, { executor }) => asApiErrors(() => deleteSource(executor, id)),
  },
} satisfies Resolvers;
