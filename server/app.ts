// Builds the HTTP app (GraphQL, health routes, client) from its dependencies. Listens nowhere:
// server/main.ts does that, and tests call app.fetch() directly.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Executor } from './db/executor';
import type { DatabaseMonitor } from './db/monitor';
import { useArmor } from './graphql/armor';
import { bearerTokenMatches, useWriteAuth } from './graphql/auth';
import { useBodyLimit } from './graphql/body-limit';
import { useCostLimit } from './graphql/cost';
import { useCompiledExecution, type CompiledQueryCache } from './graphql/compiled-execution';
import type { GraphQLContext } from './graphql/context';
import { maskError } from './graphql/errors';
import { useGraphChanges } from './graphql/graph-changes';
import { GRAPHIQL_DEFAULT_QUERY } from './graphql/graphiql';
import { renderOfflineGraphiQL, useGraphiQLAssets } from './graphql/graphiql-assets';
import { DEFAULT_REQUEST_LIMITS, MAX_BODY_BYTES, type RequestLimits } from './graphql/limits';
import { useResultLimits } from './graphql/result-limits';
import { buildSchema } from './graphql/schema';
import { corsFor } from './http/cors';
import { useHttpRoutes } from './http/routes';
import { useSecurityHeaders } from './http/security-headers';
import { useUtf8Body } from './http/utf8-body';
import { DraftService } from './services/draft-service';

export interface AppDependencies {
  executor: Executor;
  monitor: DatabaseMonitor;
  logger: Logger;
  /** The bearer token that mutations need. */
  apiToken: string;
  /** Folder of the built client; undefined serves GraphQL and health routes only. */
  clientDir?: string | undefined;
  /** Other origins allowed to call the API (CORS_ORIGINS); none: same-origin only. */
  corsOrigins?: readonly string[];
  /** Cost, result size and deadline; defaults in graphql/limits.ts, set from the environment by config.ts. */
  limits?: Partial<RequestLimits> | undefined;
  /** Told after every mutation: the graph may have changed (the stored layout job, server/layout/). */
  onGraphChange?: (() => void) | undefined;
  /** Documents run compiled by graphql-jit unless null (GRAPHQL_JIT=false: graphql-js's executor); a cache sees every compilation. */
  compiledQueries?: CompiledQueryCache | null | undefined;
}

export const GRAPHQL_ENDPOINT = '/graphql';

export function createApp({
  executor,
  monitor,
  logger,
  apiToken,
  clientDir,
  corsOrigins = [],
  limits: given,
  onGraphChange,
  compiledQueries,
}: AppDependencies) {
  const limits: RequestLimits = { ...DEFAULT_REQUEST_LIMITS, ...given };
  const drafts = new DraftService(executor);
  return createYoga<object, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    landingPage: false,
    cors: corsFor(corsOrigins),
    graphiql: { title: 'Jejaring GraphQL', defaultQuery: GRAPHIQL_DEFAULT_QUERY },
    // Served from this app, never a CDN: /graphql must work offline.
    renderGraphiQL: renderOfflineGraphiQL,
    maskedErrors: { maskError },
    // useBodyLimit (below) bounds every GraphQL body to MAX_BODY_BYTES before anything reads it, so
    // yoga's own limit (25 MB) could never fire; it re-piped each body through a TransformStream,
    // ~3 % of the server's CPU under load (docs/benchmarks.md, "Server CPU per request").
    maxRequestBodySize: false,
    logging: {
      debug: (...args) => logger.debug(args.join(' ')),
      info: (...args) => logger.info(args.join(' ')),
      warn: (...args) => logger.warn(args.join(' ')),
      error: (...args) => logger.error(args.map(String).join(' ')),
    },
    context: ({ request }): GraphQLContext => ({
      executor,
      drafts,
      logger,
      canWrite: bearerTokenMatches(request.headers.get('authorization'), apiToken),
    }),
    plugins: [
      useSecurityHeaders({ graphqlEndpoint: GRAPHQL_ENDPOINT }),
      // A browser must preflight every GraphQL request (JSON body, or the x-graphql-yoga-csrf header).
      useCSRFPrevention(),
      // Limits (body size, then document depth/aliases/tokens, then cost with the variables) come
      // before anything else runs; result size and the deadline bound the execution itself.
      useBodyLimit({ maxBytes: MAX_BODY_BYTES, endpoint: GRAPHQL_ENDPOINT }),
      useUtf8Body({ endpoint: GRAPHQL_ENDPOINT }),
      ...useArmor(),
      useCostLimit({ maxCost: limits.maxCost }),
      // Before useResultLimits: the limits and the deadline wrap the compiled execution.
      ...(compiledQueries === null ? [] : [useCompiledExecution({ cache: compiledQueries, logger })]),
      useResultLimits(limits),
      useGraphiQLAssets(),
      useHttpRoutes({ monitor, clientDir, graphqlEndpoint: GRAPHQL_ENDPOINT }),
      useWriteAuth(),
      ...(onGraphChange ? [useGraphChanges(onGraphChange)] : []),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
