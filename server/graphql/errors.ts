// Maps internal errors to GraphQL error codes; everything unexpected is masked.
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { DatabaseUnavailableError } from '../db/errors';

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const badJson = withoutEchoedBody(error);
  if (badJson) return badJson;
  const hinted = withoutSuggestion(error);
  if (hinted) return hinted;
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

/**
 * Yoga answers an unparsable body with the JSON parser's message in `extensions.originalError`,
 * and V8's message quotes the body: a 4 MB body came back whole. Keep what and where, not the text.
 */
function withoutEchoedBody(error: unknown): GraphQLError | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  // `extensions?.`: graphql-jit's errors (compiled-execution.ts) leave extensions undefined when empty.
  const parseError = error.extensions?.originalError as { name?: unknown; message?: unknown } | undefined;
  if (parseError?.name !== 'SyntaxError' || typeof parseError.message !== 'string') return undefined;
  const { originalError: _echo, ...extensions } = error.extensions;
  // "Unexpected token 'x', "{…" is not valid JSON" / "… in JSON at position 12 (line 1 column 13)"
  const what = parseError.message.split(/, "|\s+in JSON\b/)[0]?.slice(0, 80) ?? 'invalid JSON';
  const where = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(parseError.message);
  const at = where ? ` at character ${where[1]}${where[2] ? ` (line ${where[2]}, column ${where[3]})` : ''}` : '';
  return new GraphQLError(`The request body is not valid JSON: ${what}${at}.`, {
    // No `spec` flag: yoga would answer 200 under application/json; a body we cannot read is a 400.
    extensions: { ...extensions, http: { status: 400 }, ...(where ? { position: Number(where[1]) } : {}) },
  });
}

/**
 * graphql 16 coerces variables with the enum's own parseValue, which says "Did you mean the enum
 * value …?" (the executor's hideSuggestions only works on graphql 17): that would reveal the schema.
 */
function withoutSuggestion(error: unknown): GraphQLError | undefined {
  if (!(error instanceof GraphQLError) || !/ Did you mean /.test(error.message)) return undefined;
  return new GraphQLError(error.message.replace(/ Did you mean .*$/s, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: error.extensions,
  });
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
