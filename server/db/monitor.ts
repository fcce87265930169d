// Watches whether Neo4j answers, so that /readyz and every request can be answered from what is
// already known instead of waiting on a database that may be dead or frozen. Probes every
// `intervalMs` while up and every `downIntervalMs` while down, each probe with its own deadline;
// the executor (failed transactions) and the bundled Neo4j's supervisor (JVM exit) report in too.
// Logs one line when Neo4j goes away and one when it is back, and runs the bootstrap (schema,
// first seed) once Neo4j is first reachable.
import type { Logger } from 'pino';
import { DatabaseUnavailableError, firstLine } from './errors';
import type { Executor, ExecutorGuard } from './executor';

export type DatabaseState = 'starting' | 'up' | 'down';

export interface MonitorOptions {
  /** What it pings with (a seam: tests hand in one that answers slowly). */
  executor: Pick<Executor, 'serverInfo'>;
  logger: Logger;
  /** Shown in log lines; never includes credentials. */
  uri: string;
  /** Runs until it succeeds once, each time Neo4j is seen up. */
  bootstrap?: () => Promise<void>;
  /** Told when Neo4j answers again after it was down (a restarted Neo4j has no plans cached: the warm-up). */
  onBack?: () => void;
  /** A probe that has not answered by then counts as Neo4j down. */
  probeTimeoutMs?: number;
  intervalMs?: number;
  downIntervalMs?: number;
}

export const MONITOR_DEFAULTS = { probeTimeoutMs: 1_000, intervalMs: 1_000, downIntervalMs: 250 };

export class DatabaseMonitor implements ExecutorGuard {
  state: DatabaseState = 'starting';
  /** Why Neo4j is down, as last seen. */
  reason = 'not checked yet';
  private bootstrapped = false;
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private pending: Promise<boolean> | undefined;
  private pinging: Promise<{ version: string; edition: string }> | undefined;
  private readonly settings: typeof MONITOR_DEFAULTS;
  private readonly goneListeners = new Set<(reason: string) => void>();
  /** When a request's transaction last got an answer from Neo4j (performance.now()). */
  private lastAnswerAt = -Infinity;

  constructor(private readonly options: MonitorOptions) {
    this.settings = {
      probeTimeoutMs: options.probeTimeoutMs ?? MONITOR_DEFAULTS.probeTimeoutMs,
      intervalMs: options.intervalMs ?? MONITOR_DEFAULTS.intervalMs,
      downIntervalMs: options.downIntervalMs ?? MONITOR_DEFAULTS.downIntervalMs,
    };
  }

  get ready(): boolean {
    return this.state === 'up';
  }

  /**
   * Probes now (concurrent calls share one probe) and says whether Neo4j answers and the bootstrap
   * has run. The ping part never takes longer than probeTimeoutMs.
   */
  check(): Promise<boolean> {
    this.pending ??= this.probe().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Probes now, then keeps probing in the background until stop(). */
  start(): void {
    if (this.running) return;
    this.running = true;
    void this.loop();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
  }

  /** Neo4j is known to be gone (the JVM exited, a query found no server): say so at once. */
  markDown(reason: string): void {
    this.reason = reason;
    if (this.state !== 'down')
      this.options.logger.error(`Neo4j is unreachable at ${this.options.uri}: ${reason}. Retrying in the background.`);
    this.state = 'down';
    // Probe at the fast pace from now on, not after the rest of a slow interval.
    if (this.running) this.schedule(this.settings.downIntervalMs);
  }

  /** Neo4j's process is gone (the bundled JVM exited): transactions still running fail now too. */
  markGone(reason: string): void {
    this.markDown(reason);
    for (const listener of [...this.goneListeners]) listener(reason);
  }

  /** ExecutorGuard: see markGone. */
  onGone(listener: (reason: string) => void): () => void {
    this.goneListeners.add(listener);
    return () => this.goneListeners.delete(listener);
  }

  /** ExecutorGuard: while Neo4j is known to be down, requests fail at once. */
  admit(): void {
    if (this.state === 'down') throw new DatabaseUnavailableError(this.reason);
  }

  /**
   * ExecutorGuard: a transaction found no server or missed its deadline. Probe now rather than mark
   * Neo4j down on one query's word: a slow query on a live Neo4j must not fail everyone else's.
   */
  failed(): void {
    void this.check();
  }

  /** ExecutorGuard: Neo4j answered a request. A probe that times out meanwhile is a busy Neo4j, not a gone one. */
  answered(): void {
    this.lastAnswerAt = performance.now();
  }

  private async loop(): Promise<void> {
    await this.check();
    if (this.running) this.schedule(this.state === 'up' ? this.settings.intervalMs : this.settings.downIntervalMs);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.loop(), ms);
    this.timer.unref();
  }

  /**
   * One ping at a time: a ping that hangs (frozen Neo4j) is waited on by the next probes rather
   * than joined by new ones, so a long freeze holds one connection, not one per probe.
   */
  private ping(): Promise<{ version: string; edition: string }> {
    const { probeTimeoutMs } = this.settings;
    this.pinging ??= this.options.executor.serverInfo(probeTimeoutMs).finally(() => {
      this.pinging = undefined;
    });
    const pinging = this.pinging;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer within ${probeTimeoutMs} ms`)), probeTimeoutMs);
      pinging.then(resolve, reject).finally(() => clearTimeout(timer));
    });
  }

  private async probe(): Promise<boolean> {
    const { logger, uri, bootstrap } = this.options;
    const started = performance.now();
    try {
      const info = await this.ping();
      if (!this.bootstrapped && bootstrap) await bootstrap();
      this.bootstrapped = true;
      if (this.state !== 'up') logger.info(`Neo4j ${info.version} (${info.edition}) is reachable at ${uri}`);
      const back = this.state === 'down';
      this.state = 'up';
      if (back) this.options.onBack?.();
      return true;
    } catch (error) {
      // Under heavy load a ping can miss its deadline while Neo4j keeps answering requests: marking
      // it down then would fail every request for nothing. Only silence everywhere counts as down.
      const busy = !(error instanceof DatabaseUnavailableError) && this.state === 'up' && this.lastAnswerAt >= started;
      if (busy) {
        logger.debug(`Neo4j's readiness ping was slow (${firstLine(error)}), but it is answering requests`);
        return true;
      }
      this.markDown(error instanceof DatabaseUnavailableError ? error.reason : firstLine(error));
      return false;
    }
  }
}
