// Issue 12: a read request's time went largely to round trips with Neo4j. A single read statement
// is one round trip (an auto-commit RUN+PULL), not a managed transaction's three (BEGIN, RUN+PULL,
// COMMIT; the driver waits for each); multi-statement work keeps its transaction. Counted on the wire by a loopback relay.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../server/db/driver';
import { Executor } from '../../server/db/executor';
import { startBoltProxy, type BoltProxy } from '../helpers/bolt-proxy';

let proxy: BoltProxy;
let driver: ReturnType<typeof createDriver>;
let executor: Executor;

beforeAll(async () => {
  proxy = await startBoltProxy(inject('neo4jUri'));
  driver = createDriver({ uri: proxy.uri, user: inject('neo4jUser'), password: inject('neo4jPassword') });
  executor = new Executor(driver, { timeoutMs: 30_000 });
  // Opens the pooled connection (handshake, HELLO, LOGON): later reads reuse it.
  await executor.read({ cypher: 'RETURN 1 AS one', params: {} });
});

afterAll(async () => {
  await driver.close();
  await proxy.close();
});

describe('round trips per read', () => {
  it('sends a single read statement in ONE round trip, and answers it', async () => {
    proxy.reset();
    const rows = await executor.read({ cypher: 'UNWIND range(1, 3) AS n RETURN n', params: {} });
    expect(rows).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(proxy.turns()).toBe(1);
  });

  it('keeps a managed transaction (BEGIN … COMMIT) for work of several statements', async () => {
    proxy.reset();
    const rows = await executor.readTransaction(async (tx) => [
      ...(await tx.run({ cypher: 'RETURN 1 AS n', params: {} })),
      ...(await tx.run({ cypher: 'RETURN 2 AS n', params: {} })),
    ]);
    expect(rows).toEqual([{ n: 1 }, { n: 2 }]);
    expect(proxy.turns()).toBeGreaterThanOrEqual(3);
  });

  it('answers a read whose pooled connection was cut unnoticed, through the managed transaction retry', async () => {
    proxy.severOpenConnections();
    const rows = await executor.read({ cypher: 'RETURN 42 AS answer', params: {} });
    expect(rows).toEqual([{ answer: 42 }]);
  });
});
