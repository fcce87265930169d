// What Cytoscape gets as element data: the node's style by type and size by degree, the edge's
// type, its label in words ("needs assistance from") and status (dashed when it is not "stated").
import { relationWords } from '../core/relation-words';
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
  type: e.type,
  label: relationWords(e.type),
  status: typeof e.properties.status === 'string' ? e.properties.status : 'stated',
});
