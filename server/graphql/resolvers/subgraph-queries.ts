// neighborhood, graph and shortestPath: ONE Cypher statement each, returning complete node and edge
// payloads (edges carry their evidence), so nested fields need no further queries.
import type { Resolvers } from '../generated/resolvers-types';
import { countArg, entityTypesArg, idsArg, relationTypesArg } from '../args';
import { notFoundError } from '../errors';
import { CAPS, EDGE_CAPS } from '../limits';
import { graphQuery } from '../../queries/read/graph';
import { neighborhoodQuery } from '../../queries/read/neighborhood';
import { toSubgraph } from '../../queries/read/payloads';
import { shortestPathQuery } from '../../queries/read/shortest-path';

const unknownEntity = (id: string, field: string) => notFoundError(`There is no entity ${JSON.stringify(id)}.`, field);

export const subgraphQueryResolvers = {
  Query: {
    neighborhood: async (_parent, args, { executor }) => {
      const query = neighborhoodQuery({
        id: args.id,
        depth: countArg(args.depth, 'depth', 1, CAPS.neighborhoodDepth),
        types: entityTypesArg(args.types),
        relationTypes: relationTypesArg(args.relationTypes),
        limit: countArg(args.limit, 'limit', 200, CAPS.neighborhoodLimit),
        edgeLimit: EDGE_CAPS.neighborhood,
      });
      const [row] = await executor.read(query);
      if (!row) throw unknownEntity(args.id, 'id');
      return toSubgraph(row);
    },

    graph: async (_parent, args, { executor }) => {
      const query = graphQuery({
        types: entityTypesArg(args.types),
        relationTypes: relationTypesArg(args.relationTypes),
        sources: idsArg(args.sources, 'sources'),
        limit: countArg(args.limit, 'limit', 500, CAPS.graphLimit),
        edgeLimit: EDGE_CAPS.graph,
      });
      const [row] = await executor.read(query);
      return toSubgraph(row);
    },

    shortestPath: async (_parent, args, { executor }) => {
      const query = shortestPathQuery({
        from: args.from,
        to: args.to,
        maxLength: countArg(args.maxLength, 'maxLength', 6, CAPS.pathLength),
        relationTypes: relationTypesArg(args.relationTypes),
      });
      const [row] = await executor.read(query);
      if (!row?.fromFound) throw unknownEntity(args.from, 'from');
      if (!row.toFound) throw unknownEntity(args.to, 'to');
      return row.found ? toSubgraph(row) : null;
    },
  },
} satisfies Resolvers;
