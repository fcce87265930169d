// Three tiers (unit, integration, e2e) plus benchmarks. Integration and e2e each get a real Neo4j
// from tests/setup/neo4j.ts. Test files run one at a time: they share that database and each
// starts from a state it sets up itself.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    fileParallelism: false,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts', 'tests/setup/client-build.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'bench',
          include: [],
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
          globalSetup: ['tests/setup/neo4j.ts'],
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
