// Builds the HTTP app (GraphQL, health routes, client) from its dependencies. Listens nowhere:
// server/main.ts does that, and tests call app.fetch() directly.
import { createYoga } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Executor } from './db/executor';
import type { DatabaseMonitor } from './db/monitor';
import { useArmor } from './graphql/armor';
import { bearerTokenMatches, useWriteAuth } from './graphql/auth';
import { useBodyLimit } from './graphql/body-limit';
import type { GraphQLContext } from './graphql/context';
import { maskError } from './graphql/errors';
import { GRAPHIQL_DEFAULT_QUERY } from './graphql/graphiql';
import { renderOfflineGraphiQL, useGraphiQLAssets } from './graphql/graphiql-assets';
import { MAX_BODY_BYTES } from './graphql/limits';
import { buildSchema } from './graphql/schema';
import { useHttpRoutes } from './http/routes';

export interface AppDependencies {
  executor: Executor;
  monitor: DatabaseMonitor;
  logger: Logger;
  /** The bearer token that mutations need. */
  apiToken: string;
  /** Folder of the built client; undefined serves GraphQL and health routes only. */
  clientDir?: string | undefined;
}

export const GRAPHQL_ENDPOINT = '/graphql';

export function createApp({ executor, monitor, logger, apiToken, clientDir }: AppDependencies) {
  return createYoga<object, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    landingPage: false,
    graphiql: { title: 'Jejaring GraphQL', defaultQuery: GRAPHIQL_DEFAULT_QUERY },
    // Served from this app, never a CDN: /graphql must work offline.
    renderGraphiQL: renderOfflineGraphiQL,
    maskedErrors: { maskError },
    logging: {
      debug: (...args) => logger.debug(args.join(' ')),
      info: (...args) => logger.info(args.join(' ')),
      warn: (...args) => logger.warn(args.join(' ')),
      error: (...args) => logger.error(args.map(String).join(' ')),
    },
    context: ({ request }): GraphQLContext => ({
      executor,
      logger,
      canWrite: bearerTokenMatches(request.headers.get('authorization'), apiToken),
    }),
    plugins: [
      // Limits (body size, then document depth/aliases/cost/tokens) come before anything else runs.
      useBodyLimit({ maxBytes: MAX_BODY_BYTES, endpoint: GRAPHQL_ENDPOINT }),
      useArmor(),
      useGraphiQLAssets(),
      useHttpRoutes({ monitor, clientDir, graphqlEndpoint: GRAPHQL_ENDPOINT }),
      useWriteAuth(),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
