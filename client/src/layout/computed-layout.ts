// A layout computed for a graph before it is drawn (LayoutRunner.computeFor, for a big first view:
// views/positions-first.ts). The caller draws the first positions (the draft); refined ones that
// follow (graphs <= REFINE_LIMIT) are applied once the draft is drawn, whichever comes first; then
// the layout is reported as the worker's, timed from the request.
import type { Core } from 'cytoscape';
import type { Point } from '../core/placement';
import type { LayoutName } from '../core/types';
import type { LayoutReport } from './layout-runner';

export type Positions = Readonly<Record<string, Point>>;

export class ComputedLayout {
  readonly started = performance.now();
  private received = false;
  /** The first positions came final (no refined layout follows). */
  private firstFinal = false;
  /** Refined positions that came before the draft was drawn. */
  private final: Positions | null = null;
  /** The canvas the draft is drawn on, and when (ms from `started`). */
  private drawn: { cy: Core; firstMs: number } | null = null;

  constructor(
    private readonly name: LayoutName,
    /** Moves `cy`'s nodes to `positions` (a batch per frame), then calls `done`. */
    private readonly move: (cy: Core, positions: Positions, done: () => void) => void,
    private readonly report: (report: LayoutReport) => void,
  ) {}

  /** A reply of the worker: returns the first positions, for the caller to draw; later ones are applied here. */
  reply(positions: Positions, final: boolean): Positions | null {
    if (!this.received) {
      this.received = true;
      this.firstFinal = final;
      return positions;
    }
    if (this.drawn) this.move(this.drawn.cy, positions, () => this.finish());
    else this.final = positions;
    return null;
  }

  /** The first positions are drawn on `cy`: reports, or moves to refined positions first. */
  drawnOn(cy: Core): void {
    this.drawn = { cy, firstMs: performance.now() - this.started };
    if (this.firstFinal) this.finish();
    else if (this.final) this.move(cy, this.final, () => this.finish());
  }

  private finish(): void {
    if (!this.drawn) return;
    const { cy, firstMs } = this.drawn;
    this.report({
      name: this.name,
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      worker: true,
      startedAt: this.started,
      firstMs,
      totalMs: performance.now() - this.started,
    });
  }
}
