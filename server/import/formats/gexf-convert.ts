// GEXF (Gephi's File › Export, and Jejaring's own export) → a seed candidate. Mapping rules:
// docs/seed-format.md "GEXF". `viz:*` (size, position, colour, shape) is layout, not data: dropped.
import type { Element } from '@xmldom/xmldom';
import {
  child,
  children,
  foreignToSeed,
  JSON_PREFIX,
  parseXml,
  typedValue,
  type Converted,
  type ForeignEdge,
  type ForeignNode,
} from './xml-graph';
import { decodeJson } from './graphml-convert';
import type { ImportError } from '../types';

interface Attribute {
  title: string;
  type: string;
  default?: string;
}

export function gexfToSeed(input: unknown): Converted {
  const parsed = parseXml(input, 'GEXF');
  if ('error' in parsed) return { errors: [parsed.error], locate: (error) => error };
  const root = parsed.doc.documentElement;
  const graph = root && root.localName === 'gexf' ? child(root, 'graph') : undefined;
  if (!root || !graph) return { errors: [{ path: '(root)', message: 'not GEXF: expected <gexf> with a <graph>' }], locate: (e) => e };
  const errors: ImportError[] = [];
  const models: Record<string, Map<string, Attribute>> = { node: new Map(), edge: new Map() };
  for (const block of children(graph, 'attributes')) {
    const model = models[block.getAttribute('class') ?? ''];
    if (!model) continue;
    for (const attribute of children(block, 'attribute')) {
      // The property is named by the attribute id, as the expected graphs take it (Gephi's titles are display text).
      const entry: Attribute = {
        title: attribute.getAttribute('id') || (attribute.getAttribute('title') ?? ''),
        type: attribute.getAttribute('type') || 'string',
      };
      const fallback = child(attribute, 'default')?.textContent;
      if (fallback !== undefined && fallback !== null) entry.default = fallback;
      model.set(attribute.getAttribute('id') ?? '', entry);
    }
  }
  let viz = false;
  const read = (element: Element, model: Map<string, Attribute>, at: string) => {
    const attrs = new Map<string, unknown>();
    const values = child(element, 'attvalues');
    for (const value of values ? children(values, 'attvalue') : []) {
      const id = value.getAttribute('for') ?? value.getAttribute('id') ?? '';
      const attribute = model.get(id);
      if (!attribute) {
        errors.push({ path: `${at}.${id}`, message: `attribute "${id}" is not declared in <attributes>` });
        continue;
      }
      // GEXF 1.3 list types ("[a, b]") are not read: their items cannot hold commas faithfully.
      if (attribute.type.startsWith('list')) {
        errors.push({
          path: `${at}.${attribute.title}`,
          message: `${attribute.type} values are not supported; write lists as JSON in a "${JSON_PREFIX}" attribute`,
        });
        continue;
      }
      const typed = typedValue(value.getAttribute('value') ?? '', attribute.type, false);
      if ('error' in typed) errors.push({ path: `${at}.${attribute.title}`, message: typed.error });
      else attrs.set(attribute.title, decodeJson(attribute.title, typed.value, `${at}.${attribute.title}`, errors));
    }
    for (const attribute of model.values()) {
      if (attribute.default === undefined || attrs.has(attribute.title)) continue;
      const typed = typedValue(attribute.default, attribute.type, false);
      if (!('error' in typed)) attrs.set(attribute.title, typed.value);
    }
    if (children(element, 'position').length || children(element, 'color').length || children(element, 'size').length) viz = true;
    return attrs;
  };
  const nodeList = child(graph, 'nodes');
  const nodes: ForeignNode[] = (nodeList ? children(nodeList, 'node') : []).map((node) => {
    const xmlId = node.getAttribute('id') ?? '';
    const at = `node[${xmlId}]`;
    const attrs = read(node, models.node ?? new Map(), at);
    const label = node.getAttribute('label');
    if (label && !attrs.has('label')) attrs.set('label', label);
    return { at, xmlId, attrs };
  });
  const edgeList = child(graph, 'edges');
  const edges: ForeignEdge[] = (edgeList ? children(edgeList, 'edge') : []).map((edge, index) => {
    const at = `edge[${edge.getAttribute('id') || index}]`;
    const attrs = read(edge, models.edge ?? new Map(), at);
    for (const name of ['kind', 'label']) {
      const text = edge.getAttribute(name);
      if (text && !attrs.has(name)) attrs.set(name, text);
    }
    const weight = edge.getAttribute('weight');
    if (weight) {
      const typed = typedValue(weight, 'double', false);
      if ('error' in typed) errors.push({ path: `${at}.weight`, message: typed.error });
      else if (!attrs.has('weight')) attrs.set('weight', typed.value);
    }
    return { at, source: edge.getAttribute('source') ?? '', target: edge.getAttribute('target') ?? '', attrs };
  });
  const meta = child(root, 'meta');
  const sourcesText = meta ? child(meta, `${JSON_PREFIX.slice(0, -1)}-sources`)?.textContent : undefined;
  const converted = foreignToSeed(
    nodes,
    edges,
    sourcesText ?? undefined,
    { dropNode: [], dropEdge: [], edgeTypeFrom: ['kind', 'label'], dropped: [] },
    errors,
  );
  if (viz) converted.notes?.push('dropped: viz:size, viz:position, viz:color (layout)');
  return converted;
}
