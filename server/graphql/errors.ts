// Maps internal errors to GraphQL error codes; everything unexpected is masked.
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { DatabaseUnavailableError } from '../db/errors';

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DatabaseUnavailableError) {
    return new GraphQLError('Neo4j is unavailable right now; try again shortly.', {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  }
  return yogaMaskError(error, message, isDev);
}

export const userInputError = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

export const notFoundError = (message: string) => new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });

export const unauthenticatedError = () =>
  new GraphQLError('This operation needs a valid token: send "Authorization: Bearer <API_TOKEN>".', {
    extensions: { code: 'UNAUTHENTICATED' },
  });
