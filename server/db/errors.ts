// Errors the db layer raises, independent of GraphQL; the API maps them to error codes.

/** Neo4j cannot be reached (down, restarting, wrong address, no route). */
export class DatabaseUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`Neo4j is unavailable: ${reason}`);
    this.name = 'DatabaseUnavailableError';
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isConnectionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  return (
    typeof message === 'string' &&
    /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|Could not perform discovery|Failed to connect|connection.*(closed|timed out)/i.test(
      message,
    )
  );
}

/** Wraps connection failures; passes every other error through unchanged. */
export function classifyError(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError) return error;
  if (isConnectionError(error)) return new DatabaseUnavailableError(firstLine(error));
  return error;
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * Neo4j did not answer within the client-side deadline (frozen, or the network is gone). Carries
 * Neo4j's own code for a transaction that ran past the timeout the client configured, so the API
 * answers QUERY_TIMEOUT for it exactly as for a timeout Neo4j enforced itself.
 */
export class QueryDeadlineError extends Error {
  readonly code = 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration';
  constructor(readonly deadlineMs: number) {
    super(`Neo4j did not answer within ${deadlineMs} ms`);
    this.name = 'QueryDeadlineError';
  }
}
