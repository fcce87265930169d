// Positions computed once per graph version and stored (issue 12, "a first view in under a
// second"): after the graph changes, a background job reads the graph, lays it out in a worker
// thread (compute-layout.ts) and stores the positions as internal node properties, which the API
// serves as Entity.layout. One run at a time; calls while one runs make one more run after it.
// Bounded: at most `maxEntities` entities (the most connected) are laid out; the rest get none.
import type { Logger } from 'pino';
import type { Executor } from '../db/executor';
import {
  clearOtherPositionsQuery,
  layoutEdgesQuery,
  layoutNodesQuery,
  writePositionsQuery,
  type StoredPosition,
} from '../queries/layout/layout-queries';
import { importLockQuery } from '../queries/load/write-queries';
import { DebouncedJob } from '../jobs/debounced-job';
import type { LayoutGraph, LayoutResult } from './compute-layout';
import { layoutInWorker, type LayoutTask } from './run-in-worker';

/** Entities laid out at most: fcose's draft of 20k entities and 100k relations takes ~7 s of one core. */
export const DEFAULT_LAYOUT_MAX_ENTITIES = 20_000;
/** A burst of edits (or a load's several mutations) makes one run, this long after the last. */
export const DEFAULT_LAYOUT_DEBOUNCE_MS = 300;
const WRITE_BATCH = 5_000;
/** The job's own transaction timeout: reading or writing 20k entities takes about a second. */
const JOB_TIMEOUT_MS = 60_000;

export interface LayoutJobOptions {
  executor: Executor;
  logger: Logger;
  maxEntities?: number;
  debounceMs?: number;
  /** Computes a layout off the request thread; default: a worker thread (a seam for tests). */
  compute?: (graph: LayoutGraph) => LayoutTask;
}

export interface LayoutRunReport {
  entities: number;
  relations: number;
  /** Nothing to compute: the stored positions were already of this graph version. */
  unchanged: boolean;
  quality: LayoutResult['quality'];
  version: string;
  readMs: number;
  computeMs: number;
  writeMs: number;
}

export class LayoutJob extends DebouncedJob<LayoutRunReport> {
  private task: LayoutTask | null = null;

  constructor(private readonly options: LayoutJobOptions) {
    super(options.debounceMs ?? DEFAULT_LAYOUT_DEBOUNCE_MS);
  }

  override stop(): void {
    super.stop();
    this.task?.cancel();
  }

  protected async runOnce(): Promise<LayoutRunReport | null> {
    const { executor, logger } = this.options;
    try {
      const started = performance.now();
      const graph = await executor.readTransaction(async (tx) => {
        const [nodeRow] = await tx.run(layoutNodesQuery(this.options.maxEntities ?? DEFAULT_LAYOUT_MAX_ENTITIES));
        const [edgeRow] = await tx.run(layoutEdgesQuery());
        return toGraph(nodeRow?.nodes, edgeRow?.edges);
      }, JOB_TIMEOUT_MS);
      const read = performance.now();
      if (this.stopped) return null;
      this.task = (this.options.compute ?? layoutInWorker)(graph);
      const result = await this.task.result.finally(() => (this.task = null));
      const computed = performance.now();
      if (!result.unchanged) await this.store(result);
      const report: LayoutRunReport = {
        entities: graph.nodes.length,
        relations: graph.edges.length,
        unchanged: result.unchanged,
        quality: result.quality,
        version: result.version,
        readMs: read - started,
        computeMs: computed - read,
        writeMs: performance.now() - computed,
      };
      if (!report.unchanged) logger.info(report, 'stored layout positions computed');
      return report;
    } catch (error) {
      if (!this.stopped) logger.warn({ err: error }, 'the layout job failed; it runs again after the next change');
      return null;
    }
  }

  /** All positions in one transaction, so that a reader sees one layout, never half of two. */
  private store(result: LayoutResult): Promise<void> {
    return this.options.executor.writeTransaction(async (tx) => {
      // Loads and edits take this lock too: writers take turns instead of deadlocking on nodes.
      await tx.run(importLockQuery());
      for (let i = 0; i < result.positions.length; i += WRITE_BATCH) {
        await tx.run(writePositionsQuery(result.positions.slice(i, i + WRITE_BATCH) satisfies StoredPosition[], result.version));
      }
      await tx.run(clearOtherPositionsQuery(result.version));
    }, JOB_TIMEOUT_MS);
  }
}

function toGraph(nodes: unknown, edges: unknown): LayoutGraph {
  const nodeList = Array.isArray(nodes) ? (nodes as { id: string; degree: number; version: string | null }[]) : [];
  const versions = new Set(nodeList.map((n) => n.version ?? null));
  const [only] = versions;
  return {
    nodes: nodeList.map((n) => ({ id: String(n.id), degree: Number(n.degree) })),
    edges: Array.isArray(edges) ? (edges as [string, string][]) : [],
    storedVersion: versions.size === 1 && typeof only === 'string' ? only : null,
  };
}
