// Orders a shortest path and writes it as text: "Leif-Eric Easley —AFFILIATED_WITH→ Ewha Womans University".
import type { GraphData, GraphEdge } from './types';
import type { PathView } from './view-state';

/** Walks the path's edges from `from` to `to`; null when they do not form such a chain. */
export function orderPath(from: string, to: string, edges: Pick<GraphEdge, 'id' | 'source' | 'target'>[]): PathView | null {
  const nodes = [from];
  const ordered: string[] = [];
  const unused = [...edges];
  let current = from;
  while (current !== to) {
    const index = unused.findIndex((e) => e.source === current || e.target === current);
    const edge = unused[index];
    if (!edge) return null;
    unused.splice(index, 1);
    current = edge.source === current ? edge.target : edge.source;
    nodes.push(current);
    ordered.push(edge.id);
  }
  return { from, to, nodes, edges: ordered };
}

export interface PathStep {
  edgeId: string;
  /** The step's entity names in walking order. */
  left: string;
  right: string;
  type: string;
  /** True when the relation points the way the path walks (left → right). */
  forward: boolean;
}

const nameOf = (data: GraphData, id: string) => data.nodes[id]?.name ?? id;

export function pathSteps(path: PathView, data: GraphData): PathStep[] {
  const steps: PathStep[] = [];
  path.edges.forEach((edgeId, i) => {
    const edge = data.edges[edgeId];
    const left = path.nodes[i];
    const right = path.nodes[i + 1];
    if (!edge || left === undefined || right === undefined) return;
    steps.push({ edgeId, left: nameOf(data, left), right: nameOf(data, right), type: edge.type, forward: edge.source === left });
  });
  return steps;
}

/** One step as a sentence, arrow in the relation's own direction. */
export function stepSentence(step: PathStep): string {
  return step.forward ? `${step.left} —${step.type}→ ${step.right}` : `${step.left} ←${step.type}— ${step.right}`;
}

/** The whole path as one chain: "A —T1→ B ←T2— C". */
export function pathSentence(steps: PathStep[]): string {
  if (steps.length === 0) return '';
  let text = steps[0]?.left ?? '';
  for (const step of steps) text += step.forward ? ` —${step.type}→ ${step.right}` : ` ←${step.type}— ${step.right}`;
  return text;
}
