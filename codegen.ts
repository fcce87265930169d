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
          Entity: '../../queries/models#EntityModel',
          Relation: '../../queries/models#RelationModel',
          Evidence: '../../queries/models#EvidenceModel',
          Source: '../../queries/models#SourceModel',
          Subgraph: '../../queries/models#SubgraphModel',
          SearchHit: '../../queries/models#SearchHitModel',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};
export default config;
