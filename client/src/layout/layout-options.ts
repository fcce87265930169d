// Options per layout. fcose's refinement grows much faster than linearly, so graphs above
// REFINE_LIMIT nodes keep the draft (measured: ~30 s to refine 2000 nodes on 2 cores).
import type { LayoutName } from '../core/types';

export const WORKER_THRESHOLD = 250;
export const PROOF_LIMIT = 120;
export const REFINE_LIMIT = 1200;

export function fcoseOptions(nodeCount: number, quality: 'draft' | 'default'): Record<string, unknown> {
  return {
    name: 'fcose',
    quality,
    randomize: true,
    nodeRepulsion: () => (nodeCount > 500 ? 4500 : 30000),
    idealEdgeLength: () => (nodeCount > 500 ? 60 : 130),
    nodeSeparation: 110,
    edgeElasticity: () => 0.45,
    gravity: 0.25,
    numIter: 2500,
    padding: 40,
  };
}

/** Options for the fast built-in layouts (they run on the page: they are linear or close to it). */
export function builtInOptions(name: Exclude<LayoutName, 'fcose'>, roots: string[]): Record<string, unknown> {
  const common = { name, animate: false, fit: true, padding: 40 };
  switch (name) {
    case 'concentric':
      return { ...common, minNodeSpacing: 18, concentric: (n: { degree: (b: boolean) => number }) => n.degree(false), levelWidth: () => 2 };
    case 'breadthfirst':
      return { ...common, directed: false, spacingFactor: 1.1, roots: roots.length > 0 ? roots : undefined };
    case 'circle':
      return { ...common, spacingFactor: 1 };
    case 'grid':
      return { ...common, avoidOverlap: true, avoidOverlapPadding: 12 };
  }
}
