import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Server layers (docs/architecture.md), checked rather than agreed on. Later blocks replace the
// rule's options of earlier ones for the files they match, so each zone lists everything it forbids.
const NEO4J_ONLY_IN_DB = { name: 'neo4j-driver', message: 'Only server/db/ talks to the driver; use the Executor and plain values.' };
const GENERATED = { regex: '(^|/)generated/', message: 'Import GraphQL types from server/graphql/types.ts, the one typed entry.' };
const LOADER_INTERNALS = { regex: '(^|/)import/', message: 'Use the loader through server/import (its index.ts) only.' };
const serverZone = (files, patterns, options = {}) => ({
  name: `server layers: ${files.join(', ')}`,
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: options.allowDriver ? [] : [NEO4J_ONLY_IN_DB], patterns }] },
});
const serverZones = [
  serverZone(['server/**/*.ts'], [GENERATED, LOADER_INTERNALS]),
  serverZone(['server/db/**/*.ts'], [GENERATED, LOADER_INTERNALS], { allowDriver: true }),
  serverZone(['server/domain/**/*.ts'], [
    { regex: '^\\.\\./', message: 'server/domain/ depends on no other server folder: the others depend on it.' },
  ]),
  serverZone(['server/queries/**/*.ts'], [
    GENERATED,
    { regex: '(^|/)(import|graphql|services)(/|$)', message: 'Query builders depend on domain/ and db/ only, never on the loader, GraphQL or services.' },
  ]),
  serverZone(['server/import/**/*.ts'], [
    GENERATED,
    { regex: '(^|/)(graphql|services)(/|$)', message: 'The loader does not depend on the API layer.' },
  ]),
  serverZone(['server/services/**/*.ts'], [
    GENERATED,
    LOADER_INTERNALS,
    { regex: '(^|/)graphql(/|$)', message: 'Services do not depend on the API layer: throw domain errors.' },
  ]),
  serverZone(['server/graphql/resolvers/**/*.ts'], [
    GENERATED,
    LOADER_INTERNALS,
    { regex: '(^|/)db/', allowTypeImports: true, message: 'Resolvers get the executor from the context; import db/ types only.' },
    { regex: '(^|/)queries/(edit|load)(/|$)', message: 'Resolvers reach edits through server/services and loads through server/import.' },
  ]),
  serverZone(['server/graphql/types.ts'], [LOADER_INTERNALS]),
];

export default tseslint.config(
  { ignores: ['.scratch*/', 'node_modules/', 'client/dist/', 'neo4j/target/', '.neo4j/', 'server/graphql/generated/', 'tests/e2e/__screenshots__/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Render data as text (textContent), never as HTML.' }],
    },
  },
  ...serverZones,
);
