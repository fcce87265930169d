import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
);
