// Errors the services and the loader throw for the API to map (NOT_FOUND, BAD_USER_INPUT). They
// name the input field at fault, so that callers need not know which check failed.

/** Something the request names does not exist; nothing was written. */
export class NotFoundError extends Error {
  constructor(
    readonly what: string,
    readonly id: string,
    readonly field?: string,
  ) {
    super(`${what} "${id}" does not exist`);
    this.name = 'NotFoundError';
  }
}

/** The request is well-formed but conflicts with what the database holds; nothing was written. */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}
