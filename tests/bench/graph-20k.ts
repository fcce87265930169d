// The graph of issue 12's figures, shared by the benchmarks that compare against baselines:
// generateSeed(100_000) = 20,000 entities and 100,000 relations, each relation with a quote.
// Loaded through the project's loader (importSeed, the CLI's code path), unless it is there already.
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../server/db/executor';
import { ensureSchema } from '../../server/db/schema-setup';
import { generateSeed } from '../fixtures/generate-seed';
import { loadSeed } from '../helpers/load-seed';
import { emptyDatabase } from './empty-database';

export const RELATIONS = 100_000;
export const PREFIX = 'gen';
export const ENTITIES = RELATIONS / 5;
export const entityId = (i: number) => `${PREFIX}-entity-${i}`;

/** Loads the 20k/100k graph into an otherwise empty database, unless exactly it is already there. */
export async function ensureGraph20k(driver: Driver, executor: Executor): Promise<void> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity) WITH count(n) AS entities, count(CASE WHEN n.id = $first THEN 1 END) AS first
     CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
     RETURN entities, first, relations`,
    { first: entityId(0) },
  );
  const row = records[0];
  if (Number(row?.get('entities')) === ENTITIES && Number(row?.get('first')) === 1 && Number(row?.get('relations')) === RELATIONS) return;
  await emptyDatabase(driver);
  await ensureSchema(executor);
  await loadSeed(executor, generateSeed(RELATIONS, PREFIX));
}

/** The 50 entities with the most relations: the hubs of issue 12's "1-hop of the 50 biggest hubs". */
export async function biggestHubs(driver: Driver, count = 50): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) WITH n, COUNT { (n)--(:Entity) } AS degree ORDER BY degree DESC, n.id LIMIT toInteger($count) RETURN n.id AS id',
    { count },
  );
  return records.map((record) => String(record.get('id')));
}
