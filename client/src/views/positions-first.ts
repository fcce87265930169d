// "Positions first": a big first drawing without stored positions asks the layout worker for its
// positions straight from the visible graph, before anything is added to Cytoscape, and is then
// drawn as a stored one is (views/stored-drawing.ts: fitted once, each node added where it stays).
// Before, the nodes were added on a placeholder grid, fitted to it, then moved to the worker's
// positions 1,000 a frame and fitted again: at 5k entities each such frame was a 350 ms task.
import type { Point } from '../core/placement';
import { sizeForDegree } from '../core/style-for-type';
import type { LayoutName } from '../core/types';
import type { VisibleGraph } from '../core/visible';
import { WORKER_THRESHOLD } from '../layout/layout-options';
import { layoutRequest } from '../layout/layout-request';
import type { LayoutRunner } from '../layout/layout-runner';
import type { StoredDrawing } from './stored-drawing';

/**
 * Whether a first drawing (on an empty canvas) of `visible` goes through the worker, positions first:
 * a big graph laid out with fcose, unless it is the layout already shown and every node has a
 * remembered position (the canvas then puts them back without a layout, e.g. after a filter).
 */
export function positionsFirst(
  visible: VisibleGraph,
  options: { layout: LayoutName; layoutRequest: number },
  last: { name: LayoutName; request: number } | null,
  remembered: ReadonlyMap<string, Point>,
): boolean {
  if (options.layout !== 'fcose' || visible.nodes.length <= WORKER_THRESHOLD) return false;
  const sameLayout = last?.name === options.layout && last.request === options.layoutRequest;
  return !sameLayout || visible.nodes.some((node) => !remembered.has(node.id));
}

/**
 * The canvas's first drawings that wait for the worker. `start` asks for the positions and shows
 * progress; when they come, `draw` is called with the newest visible graph and options, and `take`
 * then hands the positions over as a drawing to add in place (a node the worker left out, none in
 * practice, is placed by its neighbours as a stored drawing's are).
 */
export class PositionsFirst<Options extends { layout: LayoutName }> {
  private waiting: { visible: VisibleGraph; options: Options; key: string } | null = null;
  private arrived: { visible: VisibleGraph; drawing: StoredDrawing } | null = null;

  constructor(
    private readonly runner: LayoutRunner,
    private readonly showProgress: (text: string | null) => void,
    private readonly draw: (visible: VisibleGraph, options: Options) => void,
  ) {}

  start(visible: VisibleGraph, options: Options): void {
    const request = requestFor(visible);
    const startedAt = performance.now();
    this.waiting = { visible, options, key: keyOf(request) };
    this.showProgress(`Laying out ${visible.nodes.length.toLocaleString('en')} entities…`);
    this.runner.computeFor('fcose', request, (positions) => {
      const waiting = this.waiting;
      this.waiting = null;
      this.showProgress(null);
      if (!waiting) return;
      this.arrived = {
        visible: waiting.visible,
        drawing: { stored: { source: 'layout', positions: toMap(positions) }, startedAt, computed: true },
      };
      this.draw(waiting.visible, waiting.options);
    });
  }

  /**
   * A sync while the worker computes: the same graph (the same request) waits on with the newest
   * options (true); another one, or another layout, drops the wait (false: the caller draws it).
   */
  keep(visible: VisibleGraph, options: Options, sameCanvas: boolean): boolean {
    const waiting = this.waiting;
    if (!waiting) return false;
    if (sameCanvas && options.layout === 'fcose' && (visible === waiting.visible || keyOf(requestFor(visible)) === waiting.key)) {
      waiting.visible = visible;
      waiting.options = options;
      return true;
    }
    this.waiting = null;
    this.runner.cancel();
    this.showProgress(null);
    return false;
  }

  /** The worker's positions for `visible`, once, if they came for it. */
  take(visible: VisibleGraph): StoredDrawing | undefined {
    const arrived = this.arrived;
    this.arrived = null;
    return arrived?.visible === visible ? arrived.drawing : undefined;
  }
}

function requestFor(visible: VisibleGraph) {
  return layoutRequest(
    visible.nodes.map((node) => ({ id: node.id, size: sizeForDegree(node.degree) })),
    visible.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
  );
}

function keyOf(request: ReturnType<typeof requestFor>): string {
  const nodes = request.nodes.map((n) => `${n.id}:${n.size}`).join(',');
  return `${request.seed}|${request.nodes.length}|${request.edges.length}|${nodes}`;
}

function toMap(positions: Readonly<Record<string, Point>>): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const [id, at] of Object.entries(positions)) out.set(id, { x: at.x, y: at.y });
  return out;
}
