// Maps internal errors to GraphQL error codes; everything unexpected is masked.
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { DatabaseUnavailableError } from '../db/errors';

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = rootCause(error);
  if (original instanceof DatabaseUnavailableError || (original as Error | null)?.name === 'DatabaseUnavailableError') {
    return new GraphQLError('Neo4j is unavailable right now; try again shortly.', {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  }
  if (isTransactionTimeout(original)) {
    return new GraphQLError('Neo4j stopped this query at the time limit; ask for less (a lower limit or depth).', {
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  }
  return yogaMaskError(error, message, isDev);
}

/** Neo4j's codes for a transaction that ran past its timeout (the executor sets one on every query). */
function isTransactionTimeout(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}

/**
 * GraphQL wraps resolver errors, sometimes twice; the cause is at the bottom. Duck-typed, not
 * instanceof GraphQLError: under a bundler graphql can load twice (ESM and CJS copies).
 */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 10; depth++) {
    const inner = (current as { originalError?: unknown } | null)?.originalError;
    if (!inner) break;
    current = inner;
  }
  return current;
}

export const userInputError = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

/** `field`: the argument that pointed nowhere (e.g. `input.from`). */
export const notFoundError = (message: string, field?: string) =>
  new GraphQLError(message, { extensions: field ? { code: 'NOT_FOUND', field } : { code: 'NOT_FOUND' } });

export const unauthenticatedError = () =>
  new GraphQLError('This operation needs a valid token: send "Authorization: Bearer <API_TOKEN>".', {
    extensions: { code: 'UNAUTHENTICATED' },
  });
