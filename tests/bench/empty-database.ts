import type { Driver } from 'neo4j-driver';

/** Empties the database in chunks: one transaction for 500k+ rows would need a large heap. */
export async function emptyDatabase(driver: Driver): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an implicit (auto-commit) transaction, hence session.run.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
