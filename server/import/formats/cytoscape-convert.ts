// Cytoscape.js JSON (what the explorer exports: `{elements: {nodes, edges}}` or a flat element
// array with `group`) → a seed file. Only `data` and `group` matter; positions, classes, style,
// zoom… are ignored. Errors point into the Cytoscape document (`elements.edges[3].data.target`).
import type { PathSegment } from './json-path';
import { locateWith, type Origin } from './locate';
import { compact, type Converted } from './csv-convert';
import type { ImportError, SeedFile } from '../types';

const NODE_KEYS = new Set(['id', 'type', 'name', 'label', 'aliases', 'description']);
const EDGE_KEYS = new Set(['id', 'source', 'target', 'type', 'label', 'evidence']);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A parsed JSON document is Cytoscape JSON when it has `elements`. */
export function isCytoscapeJson(value: unknown): boolean {
  return isObject(value) && 'elements' in value;
}

export function cytoscapeToSeed(input: unknown): Converted {
  const errors: ImportError[] = [];
  const origins: Record<'sources' | 'entities' | 'relations', Origin[]> = { sources: [], entities: [], relations: [] };
  const locate = locateWith({ style: 'json', items: origins });
  if (!isObject(input) || !('elements' in input)) {
    errors.push({ path: '(root)', message: 'not Cytoscape.js JSON: expected an object with "elements"' });
    return { errors, locate };
  }
  const elements: { at: string; element: unknown; group: 'nodes' | 'edges' | undefined }[] = [];
  if (Array.isArray(input.elements)) {
    input.elements.forEach((element, i) => elements.push({ at: `elements[${i}]`, element, group: undefined }));
  } else if (isObject(input.elements)) {
    for (const group of ['nodes', 'edges'] as const) {
      const list = input.elements[group];
      if (list === undefined) continue;
      if (!Array.isArray(list)) errors.push({ path: `elements.${group}`, message: 'must be an array' });
      else list.forEach((element, i) => elements.push({ at: `elements.${group}[${i}]`, element, group }));
    }
  } else {
    errors.push({ path: 'elements', message: 'must be an object {nodes, edges} or an array of elements' });
  }

  const entities: unknown[] = [];
  const relations: unknown[] = [];
  for (const { at, element, group: listed } of elements) {
    if (!isObject(element) || !isObject(element.data)) {
      errors.push({
        path: isObject(element) ? `${at}.data` : at,
        message: isObject(element) ? 'must be an object' : 'must be an element object with "data"',
      });
      continue;
    }
    const data = element.data;
    let group = listed;
    if (group === undefined) {
      if (element.group === 'nodes' || element.group === 'edges') group = element.group;
      else if (element.group !== undefined) {
        errors.push({ path: `${at}.group`, message: `${JSON.stringify(element.group)} is not "nodes" or "edges"` });
        continue;
      } else group = 'source' in data && 'target' in data ? 'edges' : 'nodes';
    }
    const base = `${at}.data`;
    if (group === 'nodes') {
      const nameKey = data.name !== undefined ? 'name' : 'label';
      origins.entities.push({ at: base, field: (rest) => ({ field: nodeField(rest, nameKey) }) });
      entities.push(
        compact({
          id: data.id,
          type: data.type,
          name: data[nameKey],
          aliases: data.aliases,
          description: data.description,
          properties: rest(data, NODE_KEYS),
        }),
      );
    } else {
      const typeKey = data.type !== undefined ? 'type' : 'label';
      origins.relations.push({ at: base, field: (rest) => ({ field: edgeField(rest, typeKey) }) });
      relations.push(
        compact({
          type: data[typeKey],
          from: data.source,
          to: data.target,
          evidence: data.evidence,
          properties: rest(data, EDGE_KEYS),
        }),
      );
    }
  }

  const meta = isObject(input.data) ? input.data : {};
  const sources = meta.sources ?? [];
  if (!Array.isArray(sources)) errors.push({ path: 'data.sources', message: 'must be an array of sources' });
  else sources.forEach((_, i) => origins.sources.push({ at: `data.sources[${i}]` }));
  const file = { version: 1, sources: Array.isArray(sources) ? sources : [], entities, relations } as unknown as SeedFile;
  return { file, errors, locate };
}

function rest(data: Json, known: ReadonlySet<string>): Json {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !known.has(key)));
}

const tail = (rest: PathSegment[]) => rest.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');

function nodeField(path: PathSegment[], nameKey: string): string {
  const [field, ...more] = path;
  if (field === 'properties') return tail(more).slice(1);
  return `${field === 'name' ? nameKey : String(field)}${tail(more)}`;
}

function edgeField(path: PathSegment[], typeKey: string): string {
  const [field, ...more] = path;
  if (field === 'properties') return tail(more).slice(1);
  const renamed = field === 'from' ? 'source' : field === 'to' ? 'target' : field === 'type' ? typeKey : String(field);
  return `${renamed}${tail(more)}`;
}
