// The request's signal reaches the executor explicitly (Executor.within, set by result-limits.ts for
// every query), not through AsyncLocalStorage: once the request stops, no statement is sent and the
// one in flight is abandoned; the executor without a request is unaffected.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../server/db/driver';
import { Executor, type Query, type Row } from '../../server/db/executor';

let driver: ReturnType<typeof createDriver>;
const sent: Query[] = [];
let executor: Executor;

beforeAll(() => {
  driver = createDriver({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
  executor = new Executor(driver, { timeoutMs: 30_000, onQuery: (query) => sent.push(query) });
});
afterAll(() => driver.close());

const one: Query = { cypher: 'RETURN 1 AS one', params: {} };

describe('Executor.within(signal)', () => {
  it('sends nothing once the request has stopped, and says why', async () => {
    const request = new AbortController();
    request.abort(new Error('the deadline passed'));
    sent.length = 0;
    await expect(executor.within(request.signal).read(one)).rejects.toThrow('the deadline passed');
    expect(sent).toHaveLength(0);
    // The executor itself serves other requests as before.
    expect(await executor.read(one)).toEqual([{ one: 1 }]);
  });

  it('abandons the statement in flight when the request stops', async () => {
    const request = new AbortController();
    // Seconds of work in Neo4j (a count over 30 million rows): it would answer a row if not abandoned.
    const busy: Query = { cypher: 'UNWIND range(1, 30000000) AS n WITH n WHERE n < 0 RETURN count(n) AS c', params: {} };
    const outcome = executor
      .within(request.signal)
      .read(busy)
      .then(
        (rows) => rows,
        (error: unknown) => error,
      );
    // Stop once the statement is on its way.
    await expect.poll(() => sent.at(-1) === busy, { timeout: 5_000 }).toBe(true);
    request.abort(new Error('the client went away'));
    expect(await outcome).toEqual(new Error('the client went away'));
  });

  it('keeps a subclass (a test seam) what it is', async () => {
    const seen: string[] = [];
    class Watched extends Executor {
      override read(query: Query): Promise<Row[]> {
        seen.push(query.cypher);
        return super.read(query);
      }
    }
    const watched = new Watched(driver, { timeoutMs: 30_000 });
    const scoped = watched.within(new AbortController().signal);
    expect(scoped).toBeInstanceOf(Watched);
    expect(await scoped.read(one)).toEqual([{ one: 1 }]);
    expect(seen).toEqual([one.cypher]);
  });
});
