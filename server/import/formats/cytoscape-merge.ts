// The parts of the Cytoscape mapping that look at more than one element: ids made from names
// (unique within the file), parallel edges merged into one relation, and error fields renamed
// back to the Cytoscape keys (docs/seed-format.md, "Cytoscape").
import type { PathSegment } from './json-path';
import type { Origin } from './locate';
import { slugOf, type ErrorsByKind } from './foreign-names';

type Json = Record<string, unknown>;

export interface Node {
  at: string;
  fileId: unknown;
  name: unknown;
  entity: Json;
  origin: Origin;
}

export function passThrough(nodes: readonly Node[]): Map<string, string> {
  return new Map(nodes.map((node) => [String(node.fileId), String(node.fileId)]));
}

/** Foreign ids are bookkeeping (SUIDs, `n1`): the id is the slug of the name, the file's id appended when names collide. */
export function slugIds(nodes: readonly Node[], errors: ErrorsByKind, count: (note: string) => void): Map<string, string> {
  const base = (node: Node) => (typeof node.name === 'string' ? slugOf(node.name) : '') || slugOf(String(node.fileId ?? ''));
  const uses = new Map<string, number>();
  for (const node of nodes) uses.set(base(node), (uses.get(base(node)) ?? 0) + 1);
  const ids = new Map<string, string>();
  for (const node of nodes) {
    const fileId = node.fileId == null ? undefined : String(node.fileId);
    let id = base(node);
    if ((uses.get(id) ?? 0) > 1 && fileId !== undefined && slugOf(fileId)) {
      id = `${id}-${slugOf(fileId)}`.replace(/^-/, '');
      count("ids: the file's id appended where several nodes share a name");
    }
    if (fileId !== undefined) {
      if (ids.has(fileId))
        errors.add({ one: `duplicate node id ${JSON.stringify(fileId)}`, many: (n) => `${n} nodes repeat an id` }, `${node.at}.id`);
      ids.set(fileId, id);
    }
    if (!id) {
      const one = 'no id can be made: neither the name nor the id has letters a–z or digits';
      errors.add({ one, many: (n) => `${n} nodes have neither a name nor an id with letters a–z or digits to make an id of` }, node.at);
    }
    node.entity.id = id;
    count('ids: the slug of the name');
  }
  return ids;
}

export function mergeParallel(into: Json, edge: Json, at: string, errors: ErrorsByKind): void {
  const a = (into.properties ?? {}) as Json;
  for (const [key, value] of Object.entries((edge.properties ?? {}) as Json)) {
    if (key in a && JSON.stringify(a[key]) !== JSON.stringify(value)) {
      const one = `a parallel edge (same source, type and target) has another "${key}": ${JSON.stringify(a[key])} and ${JSON.stringify(value)} cannot be one relation`;
      errors.add({ one, many: (n) => `${n} parallel edges disagree on "${key}"` }, `${at}.${key}`);
    } else a[key] = value;
  }
  into.properties = a;
  const evidence = [...(Array.isArray(into.evidence) ? into.evidence : []), ...(Array.isArray(edge.evidence) ? edge.evidence : [])];
  if (evidence.length) into.evidence = evidence;
}

const tail = (rest: PathSegment[]) => rest.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');

export function nodeField(path: PathSegment[], nameKey: string): string {
  const [field, ...more] = path;
  if (field === 'properties') return tail(more).slice(1);
  return `${field === 'name' ? nameKey : String(field)}${tail(more)}`;
}

export function edgeField(path: PathSegment[], typeKey: string): string {
  const [field, ...more] = path;
  if (field === 'properties') return tail(more).slice(1);
  const renamed = field === 'from' ? 'source' : field === 'to' ? 'target' : field === 'type' ? typeKey : String(field);
  return `${renamed}${tail(more)}`;
}
