// Watches whether Neo4j answers. Logs one line when it goes away and one when it is back,
// and runs the bootstrap (schema, first seed) once Neo4j is first reachable.
import type { Logger } from 'pino';
import { DatabaseUnavailableError, firstLine } from './errors';
import type { Executor } from './executor';

export type DatabaseState = 'starting' | 'up' | 'down';

export interface MonitorOptions {
  executor: Executor;
  logger: Logger;
  /** Shown in log lines; never includes credentials. */
  uri: string;
  /** Runs until it succeeds once, each time Neo4j is seen up. */
  bootstrap?: () => Promise<void>;
}

export class DatabaseMonitor {
  state: DatabaseState = 'starting';
  private bootstrapped = false;
  private timer: NodeJS.Timeout | undefined;
  private pending: Promise<boolean> | undefined;

  constructor(private readonly options: MonitorOptions) {}

  /** True when Neo4j answers and the bootstrap has run. Concurrent calls share one ping. */
  check(): Promise<boolean> {
    this.pending ??= this.probe().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  start(intervalMs: number): void {
    void this.check();
    this.timer = setInterval(() => void this.check(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async probe(): Promise<boolean> {
    const { executor, logger, uri, bootstrap } = this.options;
    try {
      const info = await executor.serverInfo();
      if (!this.bootstrapped && bootstrap) await bootstrap();
      this.bootstrapped = true;
      if (this.state !== 'up') logger.info(`Neo4j ${info.version} (${info.edition}) is reachable at ${uri}`);
      this.state = 'up';
      return true;
    } catch (error) {
      const reason = error instanceof DatabaseUnavailableError ? error.reason : firstLine(error);
      if (this.state !== 'down') logger.error(`Neo4j is unreachable at ${uri}: ${reason}. Retrying in the background.`);
      this.state = 'down';
      return false;
    }
  }
}
