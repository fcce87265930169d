// The layout worker asked for a graph's positions before it is drawn (LayoutRunner.computeFor, used
// by a big first drawing: client/src/views/positions-first.ts). The worker here is the real fcose
// computation (layout/fcose-replies.ts) behind a stand-in for the browser's Worker (Node has none),
// answering each reply in its own task as a worker does; frames are driven by hand.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { fcoseReplies } from '../../client/src/layout/fcose-replies';
import type { LayoutReply, LayoutRequest } from '../../client/src/layout/layout-messages';
import { layoutRequest } from '../../client/src/layout/layout-request';
import { LayoutRunner, type LayoutReport } from '../../client/src/layout/layout-runner';
import { useManualFrames } from './manual-frames';

type Positions = Readonly<Record<string, { x: number; y: number }>>;

const frames = useManualFrames();

/** A Worker stand-in that runs the real fcose computation and posts each reply as its own task. */
class FcoseWorker {
  onmessage: ((event: MessageEvent<LayoutReply>) => void) | null = null;
  terminated = false;
  replies: LayoutReply[] = [];
  postMessage(request: LayoutRequest): void {
    const replies: LayoutReply[] = [];
    fcoseReplies(request, (reply) => replies.push(structuredClone(reply))); // as postMessage copies
    this.replies.push(...replies);
    for (const [i, reply] of replies.entries())
      setTimeout(() => {
        if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<LayoutReply>);
      }, i * 5);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function setup() {
  const workers: FcoseWorker[] = [];
  const reports: LayoutReport[] = [];
  // The stand-in has the part of Worker's interface the runner uses.
  const runner = new LayoutRunner(
    (report) => reports.push(report),
    () => {
      const worker = new FcoseWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
  );
  return { runner, workers, reports };
}

// A ring of 40 with chords: connected, small enough for fcose to take milliseconds.
const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${String(i).padStart(2, '0')}`, size: 22 + (i % 5) * 9 }));
const edges = nodes.flatMap((n, i) => [
  { id: `r${i}`, source: n.id, target: nodes[(i + 1) % nodes.length]!.id },
  ...(i % 7 === 0 ? [{ id: `c${i}`, source: n.id, target: nodes[(i + 13) % nodes.length]!.id }] : []),
]);

/** Draws the graph at `positions`, as the canvas does with the worker's first positions. */
function drawAt(positions: Positions): Core {
  // Added after construction: elements given to the constructor go through its default layout.
  const cy = cytoscape({ headless: true });
  cy.add([
    ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size }, position: { ...positions[n.id]! } })),
    ...edges.map((e) => ({ group: 'edges' as const, data: e })),
  ]);
  return cy;
}

const positionsOf = (cy: Core) => Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
const until = async (condition: () => boolean) => {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
};

describe('layoutRequest', () => {
  it('asks the same of the same graph, in whatever order its nodes and edges come', () => {
    const a = layoutRequest(nodes, edges);
    const b = layoutRequest([...nodes].reverse(), [...edges].reverse());
    expect(b).toEqual(a);
    expect(a.nodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
    expect(a.edges[0]).toEqual({ source: 'n00', target: 'n13' }); // in id order: c0 before r0
    expect(a.refine).toBe(true);
    expect(layoutRequest(nodes, edges.slice(1)).seed).not.toBe(a.seed);
  });

  it('gives the same positions for the same request', () => {
    const run = () => {
      const replies: LayoutReply[] = [];
      fcoseReplies({ id: 1, ...layoutRequest(nodes, edges) }, (reply) => replies.push(reply));
      return replies.map((r) => r.positions);
    };
    expect(run()).toEqual(run());
  });
});

describe('LayoutRunner.computeFor', () => {
  it('hands over the draft, then reports the worker’s layout once it is drawn (no refinement)', async () => {
    const { runner, reports } = setup();
    let first: Positions | null = null;
    runner.computeFor('fcose', { ...layoutRequest(nodes, edges), refine: false }, (positions) => (first = positions));
    expect(runner.running).toBe(true);
    await until(() => first !== null);
    expect(Object.keys(first!).sort()).toEqual(nodes.map((n) => n.id));
    expect(reports).toEqual([]);
    const cy = drawAt(first!);
    runner.computedDrawn(cy);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ name: 'fcose', worker: true, nodes: nodes.length, edges: edges.length });
    expect(reports[0]!.preset).toBeUndefined();
    expect(reports[0]!.totalMs).toBeGreaterThanOrEqual(reports[0]!.firstMs);
    expect(positionsOf(cy)).toEqual(first);
    expect(runner.running).toBe(false);
  });

  it('moves to the refined positions when they come after the draft is drawn, then reports', async () => {
    const { runner, reports, workers } = setup();
    let first: Positions | null = null;
    runner.computeFor('fcose', layoutRequest(nodes, edges), (positions) => (first = positions));
    await until(() => first !== null);
    const cy = drawAt(first!);
    runner.computedDrawn(cy);
    expect(reports).toEqual([]);
    const refined = workers[0]!.replies[1]!;
    expect(refined.phase).toBe('refined');
    await until(() => frames.pending().length > 0 || reports.length > 0);
    frames.runAll();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ worker: true });
    expect(positionsOf(cy)).toEqual(refined.positions);
  });

  it('moves to refined positions that came while the draft was still being drawn', async () => {
    const { runner, reports, workers } = setup();
    let first: Positions | null = null;
    runner.computeFor('fcose', layoutRequest(nodes, edges), (positions) => (first = positions));
    await until(() => first !== null);
    // The canvas adds the draft's nodes over several frames; meanwhile the refined layout arrives.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(reports).toEqual([]);
    const cy = drawAt(first!);
    runner.computedDrawn(cy);
    frames.runAll();
    expect(reports).toHaveLength(1);
    expect(positionsOf(cy)).toEqual(workers[0]!.replies[1]!.positions);
  });

  it('drops a request when another starts or it is cancelled: no positions, no report', async () => {
    const { runner, reports, workers } = setup();
    const got: string[] = [];
    runner.computeFor('fcose', { ...layoutRequest(nodes, edges), refine: false }, () => got.push('first'));
    runner.computeFor('fcose', { ...layoutRequest(nodes.slice(0, 20), []), refine: false }, (positions) =>
      got.push(`second ${Object.keys(positions).length}`),
    );
    expect(workers[0]!.terminated).toBe(true);
    await until(() => got.length > 0);
    runner.cancel();
    expect(runner.running).toBe(false);
    runner.computeFor('fcose', { ...layoutRequest(nodes, edges), refine: false }, () => got.push('third'));
    runner.cancel();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(got).toEqual(['second 20']);
    runner.computedDrawn(drawAt(Object.fromEntries(nodes.map((n) => [n.id, { x: 0, y: 0 }]))));
    expect(reports).toEqual([]);
  });
});
