import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers, checked: core/ is pure (no app state, DOM views, API or layout worker); views render and
// emit intents, they never fetch (no api/); the generated GraphQL client is entered only through
// client/src/generated/index.ts. Each later block repeats the patterns of the earlier ones, since a
// later `no-restricted-imports` replaces an earlier one for the same file. See docs/architecture.md.
const generatedEntryOnly = {
  regex: '(^|/)generated/.',
  message: 'Import the generated GraphQL client through its entry (client/src/generated), not its files.',
};
const viewsNoApi = {
  regex: '^(\\.\\./)+api(/|$)',
  message: 'Views render and emit intents; fetching belongs to app/ (which calls api/).',
};
const corePure = {
  regex: '^(\\.\\./)+(app|views|api|layout)(/|$)',
  message: 'core/ is pure: it may not import app/, views/, api/ or layout/.',
};
// The server's tsconfig has no DOM lib, but graphql-yoga's types (@whatwg-node/fetch) pull it in
// with `/// <reference lib="dom" />`: lint keeps browser-only globals out of Node code instead.
const browserOnly = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'customElements',
].map((name) => ({
  name,
  message: 'Browser-only global: server/ and neo4j/ run in Node.',
}));
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

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
  serverZone(
    ['server/domain/**/*.ts'],
    [{ regex: '^\\.\\./', message: 'server/domain/ depends on no other server folder: the others depend on it.' }],
  ),
  serverZone(
    ['server/queries/**/*.ts'],
    [
      GENERATED,
      {
        regex: '(^|/)(import|graphql|services)(/|$)',
        message: 'Query builders depend on domain/ and db/ only, never on the loader, GraphQL or services.',
      },
    ],
  ),
  serverZone(
    ['server/import/**/*.ts'],
    [GENERATED, { regex: '(^|/)(graphql|services)(/|$)', message: 'The loader does not depend on the API layer.' }],
  ),
  serverZone(
    ['server/services/**/*.ts'],
    [GENERATED, LOADER_INTERNALS, { regex: '(^|/)graphql(/|$)', message: 'Services do not depend on the API layer: throw domain errors.' }],
  ),
  serverZone(
    ['server/graphql/resolvers/**/*.ts'],
    [
      GENERATED,
      LOADER_INTERNALS,
      { regex: '(^|/)db/', allowTypeImports: true, message: 'Resolvers get the executor from the context; import db/ types only.' },
      { regex: '(^|/)queries/(edit|load)(/|$)', message: 'Resolvers reach edits through server/services and loads through server/import.' },
    ],
  ),
  serverZone(['server/graphql/types.ts'], [LOADER_INTERNALS]),
];

export default tseslint.config(
  {
    ignores: [
      '.scratch*/',
      'node_modules/',
      'client/dist/',
      'neo4j/target/',
      '.neo4j/',
      'server/graphql/generated/',
      'client/src/generated/',
      'tests/e2e/__screenshots__/',
    ],
  },
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
  {
    // Type-aware rules: each file is checked with the tsconfig that owns it (server, client, tests).
    // A promise nobody awaits hides its failure; one passed where a callback returns void is never awaited.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  { files: ['server/**/*.ts', 'neo4j/**/*.ts'], rules: { 'no-restricted-globals': ['error', ...browserOnly] } },
  { files: ['client/**/*.ts', 'tests/**/*.ts'], rules: restrict(generatedEntryOnly) },
  { files: ['client/src/views/**/*.ts'], rules: restrict(generatedEntryOnly, viewsNoApi) },
  { files: ['client/src/core/**/*.ts'], rules: restrict(generatedEntryOnly, corePure) },
  ...serverZones,
);
