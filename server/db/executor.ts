// The one place that opens sessions and runs transactions (like neo4j/graphql's Executor).
// Everything returned is plain JS; connection failures become DatabaseUnavailableError, and every
// transaction has a client-side deadline so that a frozen Neo4j cannot hold a request forever.
import { isRetryableError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { toPlainMap, type Plain } from './convert';
import { classifyError, DatabaseUnavailableError, QueryDeadlineError } from './errors';

export interface Query {
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = { [key: string]: Plain };

/** Runs queries inside one transaction; handed to multi-statement work such as a seed load. */
export interface TxRunner {
  run(query: Query): Promise<Row[]>;
}

/** What the executor asks before, and tells after, each transaction (the DatabaseMonitor). */
export interface ExecutorGuard {
  /** Throws DatabaseUnavailableError when Neo4j is known to be down: fail fast, don't wait. */
  admit(): void;
  /** Told when a transaction found Neo4j unreachable or missed its deadline. */
  failed(error: DatabaseUnavailableError | QueryDeadlineError): void;
  /** Neo4j answered a transaction (with a result or with an error of its own): it is alive. */
  answered(): void;
  /**
   * Calls `listener` if Neo4j is known to be gone for good (its process exited) while a transaction
   * runs, so that the transaction fails now instead of in the driver's retry loop. Returns an unsubscribe.
   */
  onGone(listener: (reason: string) => void): () => void;
}

export interface ExecutorOptions {
  database?: string | undefined;
  /** Neo4j transaction timeout for every transaction. */
  timeoutMs: number;
  /**
   * The client gives up this long after the server-side timeout: Neo4j's own timeout should fire
   * first (and roll back), this one holds when Neo4j cannot answer at all (frozen, network gone).
   */
  deadlineGraceMs?: number;
  /** Called once per Cypher statement sent; tests count round trips with it. */
  onQuery?: (query: Query) => void;
  guard?: ExecutorGuard;
}

export const DEFAULT_DEADLINE_GRACE_MS = 1_000;

export class Executor {
  /** The request this executor serves (within()): once it aborts, no transaction starts and the one in flight is abandoned. */
  private signal: AbortSignal | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  /**
   * This executor for one request, stopping when `signal` aborts (result-limits.ts hands it to the
   * resolvers through the context). Passed explicitly rather than through AsyncLocalStorage, whose
   * promise hooks cost every promise of the process something. Object.create keeps the class, so a
   * test's subclass (a slow executor) stays itself, and costs one small object per request.
   */
  within(signal: AbortSignal): Executor {
    const scoped = Object.create(this) as Executor;
    scoped.signal = signal;
    return scoped;
  }

  /** The same executor (same driver and pool), asking `guard` before each transaction. */
  guardedBy(guard: ExecutorGuard): Executor {
    return new Executor(this.driver, { ...this.options, guard });
  }

  /**
   * Runs one read query (routed to a secondary on a cluster) as an auto-commit transaction: one
   * round trip (RUN+PULL) instead of a managed transaction's two (BEGIN+RUN+PULL, then COMMIT),
   * about 1 ms of a 1-hop request (docs/benchmarks.md). Auto-commit is not retried by the driver, so
   * an error the driver would retry (a stale pooled connection, a leader switch) falls back to the
   * managed transaction on the same session, which retries for up to maxTransactionRetryTime.
   */
  read(query: Query): Promise<Row[]> {
    return this.transaction('READ', (tx) => tx.run(query), undefined, true);
  }

  /** Runs one write query in its own transaction. */
  write(query: Query): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(query));
  }

  readTransaction<T>(work: (tx: TxRunner) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('READ', work, timeoutMs);
  }

  /** All of `work` commits together or not at all. */
  writeTransaction<T>(work: (tx: TxRunner) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('WRITE', work, timeoutMs);
  }

  /** Neo4j's name, version and edition; throws DatabaseUnavailableError when unreachable. */
  async serverInfo(timeoutMs?: number): Promise<{ name: string; version: string; edition: string }> {
    const rows = await this.readTransaction(
      (tx) =>
        tx.run({ cypher: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition', params: {} }),
      timeoutMs,
    );
    const row = rows[0] ?? {};
    return { name: String(row.name), version: String(row.version), edition: String(row.edition) };
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: TxRunner) => Promise<T>,
    timeoutMs?: number,
    autoCommit = false,
  ): Promise<T> {
    const { guard } = this.options;
    guard?.admit();
    const { signal } = this;
    signal?.throwIfAborted();
    const timeout = timeoutMs ?? this.options.timeoutMs;
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode,
      // Read-your-writes within this process on a cluster (see docs/operations.md for replicas).
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    const unit = (tx: ManagedTransaction) => work(this.runner(tx));
    const managed = () => (mode === 'READ' ? session.executeRead(unit, { timeout }) : session.executeWrite(unit, { timeout }));
    const running = autoCommit
      ? work(this.runner({ run: (cypher, params) => session.run(cypher, params, { timeout }) })).catch((error: unknown) => {
          if (isRetryableError(error)) return managed();
          throw error;
        })
      : managed();
    let expired = false;
    try {
      const result = await this.withDeadline(running, timeout + (this.options.deadlineGraceMs ?? DEFAULT_DEADLINE_GRACE_MS), signal, () => {
        expired = true;
      });
      guard?.answered();
      return result;
    } catch (error) {
      const classified = classifyError(error);
      if (classified instanceof DatabaseUnavailableError || classified instanceof QueryDeadlineError) guard?.failed(classified);
      else guard?.answered();
      throw classified;
    } finally {
      if (expired) abandon(session, running);
      else await session.close().catch(() => {});
    }
  }

  /**
   * `running`, unless the deadline passes, Neo4j is gone, or the request stops (`signal`) first:
   * then `onAbandon` is called.
   */
  private withDeadline<T>(running: Promise<T>, ms: number, signal: AbortSignal | undefined, onAbandon: () => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        unsubscribe?.();
        signal?.removeEventListener('abort', onAbort);
        onAbandon();
        reject(new QueryDeadlineError(ms));
      }, ms);
      const disarm = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        disarm();
        unsubscribe?.();
        onAbandon();
        reject(signal?.reason instanceof Error ? signal.reason : new Error('the request stopped'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const unsubscribe = this.options.guard?.onGone((reason) => {
        disarm();
        onAbandon();
        reject(new DatabaseUnavailableError(reason));
      });
      running.then(
        (value) => {
          disarm();
          unsubscribe?.();
          resolve(value);
        },
        (error: unknown) => {
          disarm();
          unsubscribe?.();
          reject(error);
        },
      );
    });
  }

  private runner(tx: Pick<ManagedTransaction, 'run'>): TxRunner {
    return {
      run: async (query) => {
        this.options.onQuery?.(query);
        const result = await tx.run(query.cypher, query.params);
        return result.records.map((record) => toPlainMap(record.toObject()));
      },
    };
  }
}

/**
 * A session past its deadline is left to finish in the background: closing it waits for the
 * transaction to roll back, which a frozen Neo4j cannot do. When Neo4j answers again (or the socket
 * dies), the transaction settles and the session returns its connection to the pool.
 */
function abandon(session: Session, running: Promise<unknown>): void {
  void running.catch(() => {}).finally(() => void session.close().catch(() => {}));
}
