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
const browserOnly = ['window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'HTMLElement', 'customElements'].map((name) => ({
  name,
  message: 'Browser-only global: server/ and neo4j/ run in Node.',
}));
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['.scratch*/', 'node_modules/', 'client/dist/', 'neo4j/target/', '.neo4j/', 'server/graphql/generated/', 'client/src/generated/', 'tests/e2e/__screenshots__/'] },
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
  { files: ['server/**/*.ts', 'neo4j/**/*.ts'], rules: { 'no-restricted-globals': ['error', ...browserOnly] } },
  { files: ['client/**/*.ts', 'tests/**/*.ts'], rules: restrict(generatedEntryOnly) },
  { files: ['client/src/views/**/*.ts'], rules: restrict(generatedEntryOnly, viewsNoApi) },
  { files: ['client/src/core/**/*.ts'], rules: restrict(generatedEntryOnly, corePure) },
);
