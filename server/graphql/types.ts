// The one typed entry to the resolver types that graphql-codegen generates from schema/*.graphql
// (`npm run codegen`); lint forbids importing generated/ from anywhere else.
export type * from './generated/resolvers-types';
