// The errors of every limit: a code, the limit in `extensions`, and an HTTP status that yoga uses
// when the response has no `data` (GraphQL over HTTP: 4xx for a request refused as a whole).
import { GraphQLError } from 'graphql';

export type LimitCode =
  | 'DEPTH_LIMIT_EXCEEDED'
  | 'ALIAS_LIMIT_EXCEEDED'
  | 'TOKEN_LIMIT_EXCEEDED'
  | 'DIRECTIVE_LIMIT_EXCEEDED'
  | 'COST_LIMIT_EXCEEDED'
  | 'RESULT_TOO_LARGE';

/** Adds the code, the limit and the status to an error someone else made (graphql-armor's). */
export function markLimitError(error: GraphQLError, code: LimitCode, limit: number): GraphQLError {
  // GraphQLError's extensions object is mutable; armor hands us the error before it throws it.
  Object.assign(error.extensions, { code, limit, http: { status: 400 } });
  return error;
}

export const limitError = (message: string, code: LimitCode, limit: number, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, limit, ...extra, http: { status: 400 } } });

/** 504: the server gave up waiting, as a gateway would (the request itself was well formed). */
export const requestTimeoutError = (ms: number) =>
  new GraphQLError(`The request took longer than ${ms} ms and was stopped; ask for less (a lower limit or depth).`, {
    extensions: { code: 'QUERY_TIMEOUT', limit: ms, http: { status: 504 } },
  });
