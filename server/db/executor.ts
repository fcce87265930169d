// The one place that opens sessions and runs transactions (like neo4j/graphql's Executor).
// Everything returned is plain JS; connection failures become DatabaseUnavailableError.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { toPlainMap, type Plain } from './convert';
import { classifyError } from './errors';

export interface Query {
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = { [key: string]: Plain };

/** Runs queries inside one transaction; handed to multi-statement work such as a seed load. */
export interface TxRunner {
  run(query: Query): Promise<Row[]>;
}

export interface ExecutorOptions {
  database?: string | undefined;
  /** Neo4j transaction timeout for every transaction. */
  timeoutMs: number;
  /** Called once per Cypher statement sent; tests count round trips with it. */
  onQuery?: (query: Query) => void;
}

export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  /** Runs one read query (routed to a secondary on a cluster). */
  read(query: Query): Promise<Row[]> {
    return this.readTransaction((tx) => tx.run(query));
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
  async serverInfo(): Promise<{ name: string; version: string; edition: string }> {
    const rows = await this.read({
      cypher: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
      params: {},
    });
    const row = rows[0] ?? {};
    return { name: String(row.name), version: String(row.version), edition: String(row.edition) };
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: TxRunner) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config = { timeout: timeoutMs ?? this.options.timeoutMs };
    const unit = (tx: ManagedTransaction) => work(this.runner(tx));
    try {
      return await (mode === 'READ' ? session.executeRead(unit, config) : session.executeWrite(unit, config));
    } catch (error) {
      throw classifyError(error);
    } finally {
      await session.close().catch(() => {});
    }
  }

  private runner(tx: ManagedTransaction): TxRunner {
    return {
      run: async (query) => {
        this.options.onQuery?.(query);
        const result = await tx.run(query.cypher, query.params);
        return result.records.map((record) => toPlainMap(record.toObject()));
      },
    };
  }
}
