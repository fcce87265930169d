// Keeps the bundled Neo4j running: a JVM that exits unasked is reported at once and restarted
// with exponential backoff; past the restart budget the supervisor gives up, and so should its
// owner (server/main.ts exits non-zero). A JVM stopped from outside with SIGTERM or SIGINT is not
// restarted: someone is stopping the service, and the owner should stop too.
import { startBundledNeo4j, type BundledNeo4j, type BundledNeo4jOptions, type ExitStatus } from './launcher';

export interface RestartPolicy {
  /** Restarts allowed in a row; the count starts again once Neo4j has stayed up for stableMs. */
  maxRestarts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  stableMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { maxRestarts: 5, initialBackoffMs: 500, maxBackoffMs: 15_000, stableMs: 60_000 };

export interface SupervisorHooks {
  /** The JVM exited unasked and will be restarted after `restartInMs`. */
  onExit(description: string, restartInMs: number): void;
  onRestarted(neo4j: BundledNeo4j): void;
  /** The JVM was stopped from outside with SIGTERM or SIGINT. */
  onStoppedFromOutside(description: string): void;
  /** The JVM keeps dying: no more restarts. */
  onGiveUp(reason: string): void;
}

export function describeExit({ code, signal }: ExitStatus): string {
  return signal ? `signal ${signal}` : `code ${code}`;
}

/** The JVM ran its shutdown hook for SIGTERM/SIGINT (exit 128+15 / 128+2), or died of one. */
function stoppedBySignal({ code, signal }: ExitStatus): boolean {
  return code === 143 || code === 130 || signal === 'SIGTERM' || signal === 'SIGINT';
}

export class Neo4jSupervisor {
  private current: BundledNeo4j | undefined;
  private stopping = false;
  private restarts = 0;
  private upSince = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private restarting: Promise<void> | undefined;

  constructor(
    private readonly options: BundledNeo4jOptions,
    private readonly hooks: SupervisorHooks,
    private readonly policy: RestartPolicy = DEFAULT_RESTART_POLICY,
  ) {}

  /** First start: throws LauncherError as startBundledNeo4j does. */
  async start(): Promise<BundledNeo4j> {
    const neo4j = await startBundledNeo4j(this.options);
    this.watch(neo4j);
    return neo4j;
  }

  get pid(): number | undefined {
    return this.current?.pid;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    await this.restarting;
    await this.current?.stop();
  }

  private watch(neo4j: BundledNeo4j): void {
    this.current = neo4j;
    this.upSince = Date.now();
    void neo4j.exitStatus.then((status) => this.exited(status));
  }

  private exited(status: ExitStatus): void {
    // Its pid may be reused by another process from now on: never signal it again.
    this.current = undefined;
    if (this.stopping) return;
    const description = describeExit(status);
    if (stoppedBySignal(status)) {
      this.hooks.onStoppedFromOutside(description);
      return;
    }
    if (Date.now() - this.upSince >= this.policy.stableMs) this.restarts = 0;
    this.crashed(`Neo4j exited with ${description}`);
  }

  private crashed(description: string): void {
    this.restarts += 1;
    if (this.restarts > this.policy.maxRestarts) {
      this.hooks.onGiveUp(`${description}; gave up after ${this.policy.maxRestarts} restarts in a row`);
      return;
    }
    const delay = Math.min(this.policy.initialBackoffMs * 2 ** (this.restarts - 1), this.policy.maxBackoffMs);
    this.hooks.onExit(description, delay);
    this.restartTimer = setTimeout(() => {
      this.restarting = this.restart().finally(() => {
        this.restarting = undefined;
      });
    }, delay);
  }

  private async restart(): Promise<void> {
    if (this.stopping) return;
    try {
      const neo4j = await startBundledNeo4j(this.options);
      if (this.stopping) {
        await neo4j.stop();
        return;
      }
      this.watch(neo4j);
      this.hooks.onRestarted(neo4j);
    } catch (error) {
      if (this.stopping) return;
      this.crashed(`Neo4j did not restart: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
}
