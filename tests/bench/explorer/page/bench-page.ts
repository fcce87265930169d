// The bench's own page (built by tests/bench/explorer/build-page.ts, served like the app): the
// baseline "naive Cytoscape" (the explorer's own overview request, then Cytoscape with its defaults
// and the built-in cose layout, on the main thread) and the layout engines compared for the first
// view, each in a worker the way the explorer runs them.
import cytoscape from 'cytoscape';
import { fetchOverview } from '../../../../client/src/api/explorer-api';
import type { EngineGraph, EngineName, EngineReply } from './engine-messages';

export interface NaiveResult {
  nodes: number;
  edges: number;
  /** Navigation start to the end of cose (the first force-laid-out picture). */
  firstViewMs: number;
  fetchMs: number;
  layoutMs: number;
}

declare global {
  interface Window {
    layoutBench: {
      naive(limit: number): Promise<NaiveResult>;
      engine(name: EngineName, graph: EngineGraph): Promise<EngineReply>;
    };
  }
}

window.layoutBench = {
  async naive(limit) {
    const fetchStart = performance.now();
    const overview = await fetchOverview(limit);
    const fetchMs = performance.now() - fetchStart;
    const layoutStart = performance.now();
    const cy = cytoscape({
      container: document.getElementById('graph'),
      elements: [
        ...overview.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.name } })),
        ...overview.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
      ],
    });
    await new Promise<void>((resolve) => {
      const layout = cy.layout({ name: 'cose', animate: false });
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    // The picture is on screen after the next frame.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = performance.now();
    return { nodes: cy.nodes().length, edges: cy.edges().length, firstViewMs: now, fetchMs, layoutMs: now - layoutStart };
  },

  engine(name, graph) {
    const worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' });
    return new Promise<EngineReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<EngineReply>) => {
        worker.terminate();
        resolve(event.data);
      };
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage({ name, graph });
    });
  },
};
