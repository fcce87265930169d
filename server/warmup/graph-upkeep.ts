// What the server does after it started and after every change of the graph (server/main.ts):
// lay the graph out again (the stored positions, server/layout/), then warm up the first view
// (first-view-warmup.ts) once those positions are written, since writing them can make Neo4j plan
// the first view's statements again. Either part may be off (LAYOUT_MAX_ENTITIES=0, FIRST_VIEW_WARMUP=false).
import type { LayoutJob } from '../layout/layout-job';
import type { FirstViewWarmup } from './first-view-warmup';

export interface GraphUpkeepParts {
  layoutJob?: Pick<LayoutJob, 'schedule' | 'idle' | 'stop'> | null;
  warmup?: Pick<FirstViewWarmup, 'schedule' | 'idle' | 'stop'> | null;
}

export class GraphUpkeep {
  /** The latest "warm up once the layout job is idle" hand-over. */
  private handoff: Promise<void> = Promise.resolve();

  constructor(private readonly parts: GraphUpkeepParts) {}

  /** Neo4j is reachable and bootstrapped: warm up at once (the first statements on a fresh JVM are planned slowest), and again after the layout job. */
  started(): void {
    this.parts.warmup?.schedule();
    this.changed();
  }

  /** The graph changed (a mutation): lay out again, then warm up. Never throws, never waits. */
  changed(): void {
    const { layoutJob, warmup } = this.parts;
    if (!layoutJob) {
      warmup?.schedule();
      return;
    }
    layoutJob.schedule();
    if (warmup) this.handoff = layoutJob.idle().then(() => warmup.schedule());
  }

  /** Neo4j answers again after an outage (maybe a restarted JVM, with no plans cached): warm up. */
  reconnected(): void {
    this.parts.warmup?.schedule();
  }

  /** Resolves when neither part has work pending or in progress. */
  async idle(): Promise<void> {
    await this.parts.layoutJob?.idle();
    await this.handoff;
    await this.parts.warmup?.idle();
  }

  stop(): void {
    this.parts.layoutJob?.stop();
    this.parts.warmup?.stop();
  }
}
