// The client's layers are checked by `npm run lint`: these snippets, linted with the repository's own
// ESLint config at paths inside each layer, show that a cross-layer import fails the lint.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryLinter, REPO_ROOT as root } from '../helpers/boundary-linter';

const eslint = boundaryLinter();

/** The no-restricted-imports messages for `code` linted as if it were the file at `path`. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' && m.severity === 2).map((m) => m.message);
}

describe('lint: client layer boundaries', { timeout: 60_000 }, () => {
  it('fails when core/ imports app/ (even a type)', async () => {
    const errors = await boundaryErrors(
      'client/src/core/cross-layer.ts',
      "import type { Store } from '../app/store';\nexport const none: Store | null = null;\n",
    );
    expect(errors).toEqual([expect.stringContaining('core/ is pure')]);
  });

  it.each(['../views/dom', '../api/explorer-api', '../layout/layout-runner'])('fails when core/ imports %s', async (target) => {
    const errors = await boundaryErrors(
      'client/src/core/cross-layer.ts',
      `import * as other from '${target}';\nexport const some = other;\n`,
    );
    expect(errors).toHaveLength(1);
  });

  it('fails when a view imports api/', async () => {
    const errors = await boundaryErrors(
      'client/src/views/cross-layer.ts',
      "import { searchEntities } from '../api/explorer-api';\nexport const search = searchEntities;\n",
    );
    expect(errors).toEqual([expect.stringContaining('Views render and emit intents')]);
  });

  it('fails when anything imports a generated file instead of the generated entry', async () => {
    const internal = "import type { SearchQuery } from '../generated/graphql';\nexport type Hit = SearchQuery;\n";
    expect(await boundaryErrors('client/src/app/cross-layer.ts', internal)).toEqual([expect.stringContaining('through its entry')]);
    expect(await boundaryErrors('client/src/core/cross-layer.ts', internal)).toEqual([expect.stringContaining('through its entry')]);
  });

  it('passes the imports each layer may make', async () => {
    expect(
      await boundaryErrors(
        'client/src/core/allowed.ts',
        "import type { SearchQuery } from '../generated';\nimport type { GraphData } from './types';\nexport type Both = [SearchQuery, GraphData];\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'client/src/views/allowed.ts',
        "import type { GraphData } from '../core/types';\nimport { el } from './dom';\nexport const both = [el, null as GraphData | null];\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'client/src/app/allowed.ts',
        "import { fetchHealth } from '../api/explorer-api';\nexport const health = fetchHealth;\n",
      ),
    ).toEqual([]);
  });
});

describe('lint: no browser globals in Node code', { timeout: 60_000 }, () => {
  // The server's tsconfig has no DOM lib, but a dependency's types reference it: lint is the check.
  it.each(['server/http/cross-layer.ts', 'neo4j/cross-layer.ts'])('fails on document in %s', async (path) => {
    const [result] = await eslint.lintText('export const title = document.title;\n', { filePath: join(root, path) });
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['no-restricted-globals']);
  });
});
