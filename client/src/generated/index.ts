// The generated client's one entry: operation types and their typed documents.
export * from './graphql';