// neighborhood, graph and shortestPath: ONE Cypher statement each, returning complete node and edge
// payloads (edges carry their evidence), so nested fields need no further queries.
import type { Resolvers } from '../types';
import { countArgOf, entityTypesArg, idsArg, relationTypesArg } from '../args';
import { notFoundError } from '../errors';
import { CAPS, EDGE_CAPS } from '../limits';
import { graphQuery } from '../../queries/read/graph';
import { neighborhoodQuery } from '../../queries/read/neighborhood';
import { joinSubgraphRows, toCompactSubgraph } from '../../queries/read/compact-payloads';
import { toSubgraph } from '../../queries/read/payloads';
import { shortestPathQuery } from '../../queries/read/shortest-path';
import { subgraphShapeOf } from './subgraph-shape-of';

const unknownEntity = (id: string, field: string) => notFoundError(`There is no entity ${JSON.stringify(id)}.`, field);

export const subgraphQueryResolvers = {
  Query: {
    neighborhood: async (_parent, args, { executor }, info) => {
      const query = neighborhoodQuery({
        id: args.id,
        depth: countArgOf(info, args.depth, 'depth', CAPS.neighborhoodDepth),
        types: entityTypesArg(args.types),
        relationTypes: relationTypesArg(args.relationTypes),
        limit: countArgOf(info, args.limit, 'limit', CAPS.neighborhoodLimit),
        edgeLimit: EDGE_CAPS.neighborhood,
      });
      const [row] = await executor.read(query);
      if (!row) throw unknownEntity(args.id, 'id');
      return toSubgraph(row);
    },

    graph: async (_parent, args, { executor }, info) => {
      const query = graphQuery({
        types: entityTypesArg(args.types),
        relationTypes: relationTypesArg(args.relationTypes),
        sources: idsArg(args.sources, 'sources'),
        limit: countArgOf(info, args.limit, 'limit', CAPS.graphLimit),
        edgeLimit: EDGE_CAPS.graph,
        // Only what the selection asks for: the overview is the largest answer.
        shape: subgraphShapeOf(info),
      });
      // Several rows, decoded as they arrive (graph.ts).
      return toCompactSubgraph(joinSubgraphRows(await executor.read(query)));
    },

    shortestPath: async (_parent, args, { executor }, info) => {
      const query = shortestPathQuery({
        from: args.from,
        to: args.to,
        maxLength: countArgOf(info, args.maxLength, 'maxLength', CAPS.pathLength),
        relationTypes: relationTypesArg(args.relationTypes),
      });
      const [row] = await executor.read(query);
      if (!row?.fromFound) throw unknownEntity(args.from, 'from');
      if (!row.toFound) throw unknownEntity(args.to, 'to');
      return row.found ? toSubgraph(row) : null;
    },
  },
} satisfies Resolvers;
