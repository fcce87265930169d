// Resolver types are generated from schema/*.graphql: `npm run codegen`; `npm run typecheck` checks they are current.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'server/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context#GraphQLContext',
        scalars: { JSON: 'unknown' },
        enumsAsTypes: true,
        // Resolvers pass these payloads around; nested fields are resolved from them.
        mappers: {
          Entity: '../../domain/models#EntityModel',
          Relation: '../../domain/models#RelationModel',
          Evidence: '../../domain/models#EvidenceModel',
          Source: '../../domain/models#SourceModel',
          Subgraph: '../../domain/models#SubgraphModel',
          SearchHit: '../../domain/models#SearchHitModel',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};
export default config;
