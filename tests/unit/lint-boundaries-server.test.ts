// `npm run lint` enforces the server's layers (eslint.config.js, docs/architecture.md): each case
// lints a deliberately cross-layer import as if it were in the named file, and expects the error.
import { beforeAll, describe, expect, it } from 'vitest';
import { boundaryLinter } from '../helpers/boundary-linter';

const RULE = '@typescript-eslint/no-restricted-imports';
const eslint = boundaryLinter();

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === RULE).map((message) => message.message);
}

describe('server layer boundaries', () => {
  // The first lint loads the config and the TypeScript parser: several seconds on a busy machine.
  beforeAll(() => restricted('server/domain/warm-up.ts', 'const x = 1;'), 60_000);

  it.each([
    ['server/queries/read/x.ts', "import { importSeed as x } from '../../import';", /never on the loader/],
    ['server/queries/load/x.ts', "import { x } from '../../import/plan/plan';", /never on the loader/],
    ['server/queries/read/x.ts', "import { resolvers as x } from '../../graphql/resolvers';", /never on the loader, GraphQL/],
    ['server/domain/x.ts', "import { Executor as x } from '../db/executor';", /depends on no other server folder/],
    ['server/domain/x.ts', "import { x } from '../queries/read/payloads';", /depends on no other server folder/],
    ['server/graphql/resolvers/x.ts', "import { Executor as x } from '../../db/executor';", /import db\/ types only/],
    ['server/graphql/resolvers/x.ts', "import { upsertEntityQuery as x } from '../../queries/edit/writes';", /through server\/services/],
    ['server/graphql/resolvers/x.ts', "import { planWrites as x } from '../../import/plan/plan';", /through server\/import/],
    ['server/services/x.ts', "import { userInputError as x } from '../graphql/errors';", /throw domain errors/],
    ['server/import/write/x.ts', "import neo4j from 'neo4j-driver'; const x = neo4j;", /Only server\/db\//],
    ['server/graphql/resolvers/x.ts', "import type { Resolvers as x } from '../generated/resolvers-types';", /one typed entry/],
  ])('%s: %s', async (filePath, code, message) => {
    const errors = await restricted(filePath, code);
    expect(errors.length, `no ${RULE} error for ${code} in ${filePath}`).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });

  it.each([
    ['server/graphql/resolvers/x.ts', "import type { Executor as x } from '../../db/executor';"],
    ['server/graphql/resolvers/x.ts', "import { toEntity as x } from '../../queries/read/payloads';"],
    ['server/queries/read/x.ts', "import { relationKey as x } from '../../domain/ids';"],
    ['server/db/x.ts', "import neo4j from 'neo4j-driver'; const x = neo4j;"],
    ['server/graphql/x.ts', "import { importSeed as x } from '../import';"],
  ])('allows %s: %s', async (filePath, code) => {
    expect(await restricted(filePath, code)).toEqual([]);
  });
});
