// Four tiers (unit, integration, fault, e2e) plus benchmarks. Integration, fault and e2e each get a real Neo4j
// from tests/setup/neo4j.ts. Test files run one at a time: they share that database and each
// starts from a state it sets up itself.
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships index.mjs and index.js without an "exports" map: Node (and so graphql-yoga, which
// vitest leaves to Node) loads index.js, while Vite would give our code index.mjs. Two copies of
// graphql break `instanceof GraphQLError` (error codes would be masked), so ours uses Node's too.
// Every project `extends` the root config to get this alias.
const graphqlForNode = { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') };

export default defineConfig({
  resolve: { alias: [graphqlForNode] },
  test: {
    // Tiers with a database run one file at a time; the unit tier overrides this.
    fileParallelism: false,
    projects: [
      // Unit tests share nothing, so their files run in parallel.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', fileParallelism: true } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Fault and hostile-input tests: real processes and signals (SIGKILL, SIGSTOP, SIGTERM),
        // bounded in time and traffic, loopback only. Its own Neo4j, so a killed JVM hurts no other tier.
        extends: true,
        test: {
          name: 'fault',
          include: ['tests/fault/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts', 'tests/setup/client-build.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          include: [],
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
          // comparison-table.ts prints the rows of every bench that ran as one table at the end.
          globalSetup: ['tests/setup/neo4j.ts', 'tests/bench/comparison-table.ts'],
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
