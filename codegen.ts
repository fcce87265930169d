// Generated from schema/*.graphql by `npm run codegen`; `npm run typecheck` (`graphql-codegen --check`)
// fails when an output is stale, so resolvers and client operations cannot drift from the SDL.
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { Kind, visit, type FragmentDefinitionNode, type SelectionNode } from 'graphql';

/**
 * Sends the client's operations with their fragments spread in place. The API's depth limit counts
 * a fragment spread as two levels (graphql-armor without flattenFragments, server/graphql/limits.ts),
 * so the explorer's operations would exceed it when written with shared fragments. The fragment
 * definitions stay: their generated types are the client's shapes (client/src/core/types.ts).
 * Every spread's type condition is its parent's type, so splicing the selections keeps the meaning.
 */
const inlineFragmentSpreads: Types.DocumentTransformObject = {
  transform: ({ documents }) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const file of documents)
      for (const definition of file.document?.definitions ?? [])
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const spliced = (selections: readonly SelectionNode[]): SelectionNode[] =>
      selections.flatMap((selection) => {
        if (selection.kind !== Kind.FRAGMENT_SPREAD) return [selection];
        const fragment = fragments.get(selection.name.value);
        if (!fragment) throw new Error(`unknown fragment ${selection.name.value}`);
        return spliced(fragment.selectionSet.selections);
      });
    return documents.map((file) => ({
      ...file,
      document: file.document && {
        ...file.document,
        definitions: file.document.definitions.map((definition) =>
          definition.kind === Kind.OPERATION_DEFINITION
            ? visit(definition, { SelectionSet: (set) => ({ ...set, selections: spliced(set.selections) }) })
            : definition,
        ),
      },
    }));
  },
};

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
          Article: '../../domain/models#ArticleModel',
          Mention: '../../services/article-text#LocatedMention',
          ArticleQuote: '../../services/article-text#LocatedQuote',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    // The client's operations (client/src/api/operations/*.graphql) as typed document strings: no
    // GraphQL runtime in the bundle. Code imports them only through client/src/generated/index.ts.
    'client/src/generated/': {
      documents: 'client/src/api/operations/*.graphql',
      preset: 'client',
      presetConfig: { fragmentMasking: false, skipIndexFile: true },
      documentTransforms: [inlineFragmentSpreads],
      config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true, scalars: { JSON: 'unknown' } },
    },
    'client/src/generated/index.ts': {
      plugins: [
        { add: { content: "// The generated client's one entry: operation types and their typed documents.\nexport * from './graphql';" } },
      ],
    },
  },
};
export default config;
