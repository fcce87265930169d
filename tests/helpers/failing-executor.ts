// A test seam for the loader (which asks only for a LoadRunner): the real executor, except that once
// `shouldFail()` says so, the next statement of a write transaction is replaced by one that fails
// inside Neo4j (division by zero). The transaction is real, so its rollback is Neo4j's own.
import type { Executor, TxRunner } from '../../server/db/executor';

export const FAILING_STATEMENT = { cypher: 'UNWIND [0] AS zero RETURN 1 / zero AS n', params: {} };

export function failingWhen(executor: Executor, shouldFail: () => boolean): Pick<Executor, 'writeTransaction'> {
  const failing = (tx: TxRunner): TxRunner => ({ run: (query) => tx.run(shouldFail() ? FAILING_STATEMENT : query) });
  return {
    writeTransaction: <T>(work: (tx: TxRunner) => Promise<T>, timeoutMs?: number) =>
      executor.writeTransaction((tx) => work(failing(tx)), timeoutMs),
  };
}
