// ESLint with the repository's own config, for linting snippets at made-up paths inside a layer.
// Those paths belong to no tsconfig, so the type-aware parsing (and the two rules that need it)
// is switched off here; every other rule, the import boundaries included, is the real config.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function boundaryLinter(): ESLint {
  return new ESLint({
    cwd: REPO_ROOT,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
    },
  });
}
