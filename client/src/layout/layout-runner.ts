// Runs a layout on the canvas. fcose goes to a worker above WORKER_THRESHOLD nodes (draft first,
// then refined), so the page stays responsive; small graphs and the built-in layouts run inline.
import type { Core, EdgeSingular, LayoutOptions, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { LayoutName } from '../core/types';
import type { LayoutReply, LayoutRequest } from './layout-messages';
import { fitNodes } from './fit-nodes';
import { ComputedLayout, type Positions } from './computed-layout';
import { applyPositionsInFrames, type PositionsInFrames } from './positions-in-frames';
import { builtInOptions, fcoseOptions, PROOF_LIMIT, WORKER_THRESHOLD } from './layout-options';
import { layoutRequest } from './layout-request';
import { withSeededRandom } from './seeded-run';

export interface LayoutReport {
  name: LayoutName;
  nodes: number;
  edges: number;
  worker: boolean;
  /** When the layout started, in ms since the page's navigation (performance.now()). */
  startedAt: number;
  /** Time to the first usable positions (the draft, for fcose in the worker). */
  firstMs: number;
  /** Time until the layout is final. */
  totalMs: number;
  /** The positions came from the imported file (Cytoscape's preset layout), not from `name`. */
  preset?: boolean;
}

const fcoseWorker = () => new Worker(new URL('./fcose-worker.ts', import.meta.url), { type: 'module' });

export class LayoutRunner {
  private worker: Worker | null = null;
  private requestId = 0;
  /** A worker's positions still being applied frame by frame. */
  private moving: PositionsInFrames | null = null;
  private computing: ComputedLayout | null = null;
  running = false;

  constructor(
    private readonly onDone: (report: LayoutReport) => void,
    // A seam for unit tests (Node has no Worker): anything that takes a request and posts replies.
    private readonly createWorker: () => Worker = fcoseWorker,
  ) {}

  /** `preset`: every node's position from the file; shown as they are (fitted) instead of laying out. */
  run(cy: Core, name: LayoutName, roots: string[] = [], preset?: ReadonlyMap<string, { x: number; y: number }>): void {
    const started = performance.now();
    const nodes = cy.nodes().length;
    const edges = cy.edges().length;
    this.startRequest();
    const finish = (worker: boolean, firstMs: number, fromFile = false) => {
      this.running = false;
      this.onDone({
        name,
        nodes,
        edges,
        worker,
        startedAt: started,
        firstMs,
        totalMs: performance.now() - started,
        ...(fromFile ? { preset: true } : {}),
      });
    };
    if (preset) {
      const at = (node: NodeSingular) => preset.get(node.id()) ?? node.position();
      cy.layout({ name: 'preset', positions: at, animate: false, fit: true, padding: 40 } as unknown as LayoutOptions).run();
      return finish(false, performance.now() - started, true);
    }
    if (name !== 'fcose') {
      cy.layout(builtInOptions(name, roots) as unknown as LayoutOptions).run();
      const ms = performance.now() - started;
      return finish(false, ms);
    }
    // Stable pictures: the layout sees the nodes in id order and draws its random numbers from a
    // generator seeded by the graph, so the same graph gets the same positions on every load.
    const request = layoutRequest(
      cy.nodes().map((n) => ({ id: n.id(), size: Number(n.data('size')) || 30 })),
      cy.edges().map((e) => ({ id: e.id(), source: (e as EdgeSingular).source().id(), target: (e as EdgeSingular).target().id() })),
    );
    const seed = request.seed;
    if (nodes <= WORKER_THRESHOLD) {
      const ordered = cy.nodes().sort(byId);
      // Small graphs lay out on the page in well under 100 ms (the article: ~60 ms), the smallest
      // with the careful pass that also keeps labels apart.
      const careful = nodes <= PROOF_LIMIT ? { quality: 'proof', nodeDimensionsIncludeLabels: true } : {};
      const options = { ...fcoseOptions(nodes, 'default'), ...careful, animate: false, fit: true } as unknown as LayoutOptions;
      withSeededRandom(seed, () => ordered.union(cy.edges()).layout(options).run());
      const ms = performance.now() - started;
      return finish(false, ms);
    }
    // Something to look at until the worker's draft arrives.
    if (cy.nodes().every((n) => (n as NodeSingular).position('x') === 0 && (n as NodeSingular).position('y') === 0)) {
      cy.layout({ name: 'grid', animate: false, fit: true, padding: 40 } as LayoutOptions).run();
    } else fitNodes(cy, 40);
    const id = this.requestId;
    let firstMs = -1;
    const worker = this.ensureWorker();
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      if (event.data.id !== this.requestId || id !== this.requestId) return;
      if (firstMs < 0) firstMs = performance.now() - started;
      const positions = event.data.positions;
      // The view is fitted to where the nodes go, then they move there a batch per frame.
      fitNodes(cy, 40, (node) => positions[node.id()] ?? node.position());
      this.moving?.cancel();
      const final = event.data.final;
      this.moving = applyPositionsInFrames(cy, positions, () => {
        this.moving = null;
        if (final) finish(true, firstMs);
      });
    };
    worker.postMessage({ id, ...request } satisfies LayoutRequest);
  }

  /**
   * Starts the worker on a graph not drawn yet (a first drawing: views/positions-first.ts) and hands
   * its first positions to `onFirst`, which draws the nodes there and then calls `computedDrawn`. A
   * later run, shown, computeFor or cancel drops this request's replies.
   */
  computeFor(name: LayoutName, request: Omit<LayoutRequest, 'id'>, onFirst: (positions: Positions) => void): void {
    this.startRequest();
    const id = this.requestId;
    const move = (cy: Core, positions: Positions, done: () => void) => {
      this.moving?.cancel();
      this.moving = applyPositionsInFrames(cy, positions, () => {
        this.moving = null;
        done();
      });
    };
    const computing = new ComputedLayout(name, move, (report) => {
      if (this.computing !== computing) return;
      this.computing = null;
      this.running = false;
      this.onDone(report);
    });
    this.computing = computing;
    const worker = this.ensureWorker();
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      if (event.data.id !== this.requestId || id !== this.requestId) return;
      const first = computing.reply(event.data.positions, event.data.final);
      if (first) onFirst(first);
    };
    worker.postMessage({ id, ...request } satisfies LayoutRequest);
  }

  /** The first positions of computeFor are drawn on `cy`: reports the layout, or moves to the refined positions first. */
  computedDrawn(cy: Core): void {
    this.computing?.drawnOn(cy);
  }

  /** Drops the layout in progress, if any: its replies are ignored and the worker is stopped. */
  cancel(): void {
    this.requestId++;
    this.moving?.cancel();
    this.moving = null;
    this.computing = null;
    if (this.running) this.dispose();
    this.running = false;
  }

  /** A new layout request: an older one's replies are dropped, its moves stopped. */
  private startRequest(): void {
    // cancel() also stops a worker still busy with an older layout, which would queue this one behind it.
    this.cancel();
    this.running = true;
  }

  /**
   * Reports positions already drawn (stored ones, placed as the elements were added) as this
   * layout's result, without running anything: `startedAt` is when the drawing began.
   */
  shown(cy: Core, name: LayoutName, startedAt: number): void {
    this.cancel();
    const ms = performance.now() - startedAt;
    this.onDone({
      name,
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      worker: false,
      startedAt,
      firstMs: ms,
      totalMs: ms,
      preset: true,
    });
  }

  /** Loads the worker ahead of need: its script is fetched and parsed off the main thread. */
  prepare(): void {
    this.ensureWorker();
  }

  private ensureWorker(): Worker {
    this.worker ??= this.createWorker();
    return this.worker;
  }

  dispose(): void {
    this.moving?.cancel();
    this.moving = null;
    this.worker?.terminate();
    this.worker = null;
  }
}

function byId(a: SingularElementArgument, b: SingularElementArgument): number {
  return a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0;
}
