// Constraints and indexes, created at start. Every statement is idempotent (IF NOT EXISTS).
import type { Executor, Query } from './executor';

export const FULLTEXT_INDEX = 'entity_search';

export const SCHEMA_STATEMENTS: readonly Query[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  // Not data: makes the loader's lock statement (server/queries/load/write-queries.ts) exclusive.
  'CREATE CONSTRAINT import_lock IF NOT EXISTS FOR (l:ImportLock) REQUIRE l.id IS UNIQUE',
  'CREATE INDEX entity_wikidata IF NOT EXISTS FOR (e:Entity) ON (e.wikidata)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  // The stored degree (server/queries/degree/stored-degree.ts): the overview reads it in index order.
  'CREATE RANGE INDEX entity_degree IF NOT EXISTS FOR (e:Entity) ON (e._degree)',
  // Name and aliases are searched; the description too, weighted lower at query time.
  // standard-folding folds case and diacritics ("Kim Jong Ün" finds "Kim Jong Un").
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e._aliasText, e.description]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
].map((cypher) => ({ cypher, params: {} }));

export async function ensureSchema(executor: Executor): Promise<void> {
  // Schema statements cannot share a transaction with each other in Neo4j, so one each.
  for (const statement of SCHEMA_STATEMENTS) await executor.write(statement);
  await executor.write({ cypher: 'CALL db.awaitIndexes(60)', params: {} });
}
