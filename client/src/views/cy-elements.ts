// What Cytoscape gets as element data: the node's style by type and size by degree, the edge's
// type label and status (which the stylesheet dashes when it is not "stated").
import { sizeForDegree, styleForType } from '../core/style-for-type';
import type { GraphEdge, GraphNode } from '../core/types';

export const nodeData = (n: GraphNode) => {
  const style = styleForType(n.type);
  return { id: n.id, label: n.name, type: n.type, color: style.color, shape: style.shape, size: sizeForDegree(n.degree) };
};

export const edgeData = (e: GraphEdge) => ({
  id: e.id,
  source: e.source,
  target: e.target,
  label: e.type,
  status: typeof e.properties.status === 'string' ? e.properties.status : 'stated',
});
