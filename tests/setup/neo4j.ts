// Global setup: one real Neo4j for the test project. Uses TEST_NEO4J_URI when given; otherwise
// starts the bundled Neo4j on a free port in a temporary directory and removes it afterwards.
// Never NEO4J_URI: that is the app's database, and every test file empties the one it gets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startBundledNeo4j } from '../../neo4j/launcher';
import { freePort } from '../helpers/free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_NEO4J_URI;
  project.provide('neo4jUser', process.env.TEST_NEO4J_USER ?? 'neo4j');
  project.provide('neo4jPassword', process.env.TEST_NEO4J_PASSWORD ?? '');
  if (external) {
    project.provide('neo4jUri', external);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'jejaring-test-neo4j-'));
  const neo4j = await startBundledNeo4j({ dataDir, port: await freePort(), heap: '1g' });
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
