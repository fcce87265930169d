// Orders a shortest path and writes each step as a sentence in the relation's own direction, whichever
// way the path walks it: "North Korea needs assistance from Russia", never "Russia ←NEEDS_ASSISTANCE_FROM— North Korea".
import { relationSentence } from './relation-words';
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

/** One step as a sentence, subject first: the relation's source, whichever way the path walks it. */
export function stepSentence(step: PathStep): string {
  return step.forward ? relationSentence(step.left, step.type, step.right) : relationSentence(step.right, step.type, step.left);
}
