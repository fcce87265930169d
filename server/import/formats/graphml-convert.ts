// GraphML (Neo4j APOC `apoc.export.graphml`, yEd, Gephi, and Jejaring's own export) → a seed
// candidate. Mapping rules: docs/seed-format.md "GraphML".
import type { Element } from '@xmldom/xmldom';
import {
  child,
  children,
  type Converted,
  foreignToSeed,
  JSON_PREFIX,
  parseXml,
  typedValue,
  type ForeignEdge,
  type ForeignNode,
} from './xml-graph';
import type { ImportError } from '../types';

interface Key {
  name: string;
  type: string;
  list: boolean;
  default?: string;
  /** yEd's graphics (`yfiles.type`): layout, not data. */
  graphics: boolean;
}

export function graphmlToSeed(input: unknown): Converted {
  const parsed = parseXml(input, 'GraphML');
  if ('error' in parsed) return { errors: [parsed.error], locate: (error) => error };
  const root = parsed.doc.documentElement;
  const graph = root && root.localName === 'graphml' ? child(root, 'graph') : undefined;
  if (!root || !graph) return { errors: [{ path: '(root)', message: 'not GraphML: expected <graphml> with a <graph>' }], locate: (e) => e };
  const errors: ImportError[] = [];
  const keys = new Map<string, Key>();
  const dropped = new Set<string>();
  for (const key of children(root, 'key')) {
    const id = key.getAttribute('id') ?? '';
    const scope = key.getAttribute('for') ?? 'all';
    const entry: Key = {
      name: key.getAttribute('attr.name') || id,
      type: key.getAttribute('attr.type') || 'string',
      list: key.hasAttribute('attr.list'),
      graphics: key.hasAttribute('yfiles.type'),
    };
    const fallback = child(key, 'default')?.textContent;
    if (fallback !== undefined && fallback !== null) entry.default = fallback;
    keys.set(`${scope}:${id}`, entry);
  }
  const read = (element: Element, scope: string, at: string): Map<string, unknown> => {
    const attrs = new Map<string, unknown>();
    const seen = new Set<string>();
    for (const data of children(element, 'data')) {
      const id = data.getAttribute('key') ?? '';
      const key = keys.get(`${scope}:${id}`) ?? keys.get(`all:${id}`);
      if (key?.graphics) {
        dropped.add(key.name);
        continue;
      }
      seen.add(`${scope}:${id}`);
      const name = key?.name ?? id;
      const value = typedValue(data.textContent ?? '', key?.type ?? 'string', key?.list ?? false);
      if ('error' in value) errors.push({ path: `${at}.${name}`, message: value.error });
      else attrs.set(name, decodeJson(name, value.value, `${at}.${name}`, errors));
    }
    for (const [id, key] of keys) {
      if (key.default === undefined || seen.has(id) || !(id.startsWith(`${scope}:`) || id.startsWith('all:'))) continue;
      const value = typedValue(key.default, key.type, key.list);
      if (!('error' in value) && !attrs.has(key.name)) attrs.set(key.name, value.value);
    }
    return attrs;
  };
  const nodes: ForeignNode[] = children(graph, 'node').map((node) => {
    const xmlId = node.getAttribute('id') ?? '';
    const at = `node[${xmlId}]`;
    // yEd groups: a node holding a graph. Its nodes would be lost, so the file is refused.
    if (child(node, 'graph')) errors.push({ path: at, message: 'nested graphs (yEd groups) are not supported: ungroup them first' });
    return { at, xmlId, attrs: read(node, 'node', at) };
  });
  const edges: ForeignEdge[] = children(graph, 'edge').map((edge, index) => {
    const at = `edge[${edge.getAttribute('id') || index}]`;
    const attrs = read(edge, 'edge', at);
    // APOC writes the relationship type as an attribute `label` too; the data key wins.
    const label = edge.getAttribute('label');
    if (label && !attrs.has('label')) attrs.set('label', label);
    return { at, source: edge.getAttribute('source') ?? '', target: edge.getAttribute('target') ?? '', attrs };
  });
  const graphAttrs = read(graph, 'graph', 'graph');
  const sources = graphAttrs.get(`${JSON_PREFIX}sources`);
  const converted = foreignToSeed(
    nodes,
    edges,
    sources,
    {
      dropNode: ['labels'],
      dropEdge: [],
      nodeType: (node) => {
        const labels = node.attrs.get('labels');
        if (typeof labels !== 'string') return undefined;
        const types = labels.split(':').filter((label) => label && label !== 'Entity');
        if (types.length > 1)
          errors.push({ path: `${node.at}.labels`, message: `several labels (${labels}): Jejaring entities have one type` });
        return types[0];
      },
      edgeTypeFrom: ['label'],
      dropped: [],
    },
    errors,
  );
  if (nodes.some((node) => node.attrs.has('labels'))) converted.notes?.push('mapped: labels other than Entity → entity type (APOC)');
  if (dropped.size) converted.notes?.push(`dropped: ${[...dropped].join(', ')}`);
  return converted;
}

/** `json:` attributes hold JSON text (Jejaring's export): decoded here, located if broken. */
export function decodeJson(name: string, value: unknown, at: string, errors: ImportError[]): unknown {
  if (!name.startsWith(JSON_PREFIX) || typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    errors.push({ path: at, message: 'not valid JSON' });
    return undefined;
  }
}
