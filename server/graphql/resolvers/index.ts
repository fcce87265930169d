import type { Resolvers } from '../generated/resolvers-types';
import { healthResolvers } from './health';

export const resolvers: Resolvers = {
  Query: {
    ...healthResolvers.Query,
  },
};
