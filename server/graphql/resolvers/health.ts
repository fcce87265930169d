import type { Resolvers } from '../types';

export const healthResolvers = {
  Query: {
    health: async (_parent, _args, { executor }) => {
      const info = await executor.serverInfo();
      return { neo4jVersion: info.version, neo4jEdition: info.edition };
    },
  },
} satisfies Resolvers;
