// Cytoscape elements → seed entities and relations, by the rules of docs/seed-format.md
// ("Cytoscape"). Jejaring's own exports keep their ids and fields; other files have their ids
// replaced by the slug of the name and Cytoscape's bookkeeping dropped. Every rule that applied is
// counted and becomes a note of the dry-run report.
import type { Origin } from './locate';
import { pascalCase, upperSnake, type ErrorsByKind } from './foreign-names';
import { edgeField, mergeParallel, nodeField, passThrough, slugIds, type Node } from './cytoscape-merge';
import { isId } from '../../domain/ids';

export interface CytoscapeOptions {
  /** The data column that holds the entity type when a node has no `type` (CLI `--type-from`). */
  typeFrom?: string | undefined;
  /** The type of nodes with neither (CLI `--default-type`); `Node` when not given. */
  defaultType?: string | undefined;
}

export interface Element {
  at: string;
  element: unknown;
  group: 'nodes' | 'edges' | undefined;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export const DEFAULT_ENTITY_TYPE = 'Node';
export const DEFAULT_RELATION_TYPE = 'RELATED_TO';
/** Cytoscape desktop's bookkeeping columns; the edge `name` is "A (interacts with) B". */
const BOOKKEEPING = new Set(['SUID', 'shared_name', 'shared_interaction', 'selected']);
const NODE_FIELDS = new Set(['id', 'type', 'name', 'label', 'aliases', 'description']);
const EDGE_FIELDS = new Set(['id', 'source', 'target', 'type', 'interaction', 'label', 'evidence', 'name']);

/** `{x, y}` with finite numbers, as Cytoscape writes a node's position. */
const isPosition = (value: unknown): value is { x: number; y: number } =>
  isObject(value) && Number.isFinite(value.x) && Number.isFinite(value.y);

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export function mapElements(
  elements: readonly Element[],
  options: CytoscapeOptions & { keepIds: boolean },
  errors: ErrorsByKind,
  origins: Record<'entities' | 'relations', Origin[]>,
): { entities: Json[]; relations: Json[]; notes: string[] } {
  const counts = new Map<string, { n: number; unit: string }>();
  const count = (note: string, unit = 'node') => {
    const entry = counts.get(note) ?? { n: 0, unit };
    entry.n++;
    counts.set(note, entry);
  };
  const dropped = new Set<string>();
  const ignored = new Set<string>();
  let nulls = 0;
  const own = options.keepIds;
  const defaultType = options.defaultType ?? DEFAULT_ENTITY_TYPE;

  /** The data fields kept as properties: nulls and (in foreign files) bookkeeping dropped. */
  const properties = (data: Json, consumed: ReadonlySet<string>): Json => {
    const out: Json = {};
    for (const [key, value] of Object.entries(data)) {
      if (consumed.has(key)) continue;
      if (!own && BOOKKEEPING.has(key)) {
        dropped.add(key);
        continue;
      }
      if (value === null) {
        nulls++;
        continue;
      }
      if (Array.isArray(value) && value.includes(null)) {
        nulls += value.filter((item) => item === null).length;
        out[key] = value.filter((item) => item !== null);
        continue;
      }
      out[key] = value;
    }
    return out;
  };

  const nodes: Node[] = [];
  const edges: { at: string; data: Json }[] = [];
  for (const { at, element, group: listed } of elements) {
    if (!isObject(element) || !isObject(element.data)) {
      const path = isObject(element) ? `${at}.data` : at;
      errors.add(
        {
          one: isObject(element) ? 'must be an object' : 'must be an element object with "data"',
          many: (n) => `${n} elements lack a "data" object`,
        },
        path,
      );
      continue;
    }
    const data = element.data;
    // A node's `position` is kept (the explorer's initial layout); other element keys are state.
    const position = isPosition(element.position) ? { x: element.position.x, y: element.position.y } : undefined;
    for (const key of Object.keys(element)) if (key !== 'data' && key !== 'group' && !(key === 'position' && position)) ignored.add(key);
    let group = listed;
    if (group === undefined) {
      if (element.group === 'nodes' || element.group === 'edges') group = element.group;
      else if (element.group !== undefined) {
        const message = `${JSON.stringify(element.group)} is not "nodes" or "edges"`;
        errors.add(
          { one: message, many: (n) => `${n} elements have the group ${JSON.stringify(element.group)} (not "nodes" or "edges")` },
          `${at}.group`,
        );
        continue;
      } else group = 'source' in data && 'target' in data ? 'edges' : 'nodes';
    }
    if (group === 'edges') {
      edges.push({ at: `${at}.data`, data });
      continue;
    }
    // Name: `name`, else `label`, else the id; a list gives its first item, the rest are aliases.
    const nameKey = data.name != null ? 'name' : data.label != null ? 'label' : 'id';
    if (nameKey !== 'name' && !own) count(`mapped: ${nameKey} → name`);
    let name = data[nameKey];
    let aliases: unknown = data.aliases ?? undefined;
    if (Array.isArray(name)) {
      const items = name.filter((item) => item !== null);
      count('list-valued names: the first item is the name, the rest aliases');
      name = items[0];
      aliases = [...(Array.isArray(aliases) ? aliases : []), ...items.slice(1)];
    }
    // A label beside the name: the explorer writes it equal to the name; otherwise it is an alias.
    if (nameKey === 'name' && typeof data.label === 'string' && data.label !== name) {
      aliases = [...(Array.isArray(aliases) ? aliases : []), data.label];
      count('mapped: label → alias (differs from the name)');
    }
    const consumed = new Set(NODE_FIELDS);
    let type: unknown = data.type;
    if (type == null && options.typeFrom !== undefined && data[options.typeFrom] != null) {
      consumed.add(options.typeFrom);
      type = data[options.typeFrom];
      count(`mapped: ${options.typeFrom} → entity type`);
    }
    if (type == null) {
      type = defaultType;
      count(`default entity type "${defaultType}"`);
    } else if (typeof type === 'string' && pascalCase(type) !== type && pascalCase(type) !== '') {
      type = pascalCase(type);
      count('entity types normalised to PascalCase');
    }
    // Jejaring's exports say which sources mention each entity (seed schema, entity `sources`).
    if (own) consumed.add('sources');
    const sources = own ? (data.sources ?? undefined) : undefined;
    const entity: Json = {
      id: data.id,
      type,
      name,
      aliases,
      description: data.description ?? undefined,
      properties: properties(data, consumed),
      sources,
      position,
    };
    if (position && !own) count('kept: node positions (the initial layout)');
    for (const key of Object.keys(entity)) if (entity[key] === undefined) delete entity[key];
    const origin: Origin = { at: `${at}.data`, field: (rest) => ({ field: nodeField(rest, nameKey) }) };
    nodes.push({ at: `${at}.data`, fileId: data.id, name, entity, origin });
  }

  const ids = own ? passThrough(nodes) : slugIds(nodes, errors, count);
  // A node that no id could be made for is reported once, not again by the schema check.
  const entities = nodes.filter((node) => node.entity.id !== '');
  origins.entities.push(...entities.map((node) => node.origin));
  const relations = new Map<string, Json>();
  for (const { at, data } of edges) {
    const typeKey = ['type', 'interaction', 'label'].find((key) => data[key] != null);
    let type: unknown = typeKey === undefined ? DEFAULT_RELATION_TYPE : data[typeKey];
    if (typeKey === undefined) count(`default relation type "${DEFAULT_RELATION_TYPE}"`, 'edge');
    else if (typeKey !== 'type') count(`mapped: ${typeKey} → relation type`, 'edge');
    if (typeof type === 'string' && upperSnake(type) !== type && upperSnake(type) !== '') {
      type = upperSnake(type);
      count('relation types normalised to UPPER_SNAKE', 'edge');
    }
    if (!own) {
      for (const key of ['interaction', 'label', 'name'] as const) if (data[key] != null && key !== typeKey) dropped.add(`edge ${key}`);
    }
    let missing = false;
    const ends = (['source', 'target'] as const).map((end) => {
      const fileId = data[end];
      if (own || fileId == null) return fileId;
      // Not a node of the file: an entity already in the database, when it is an id at all.
      const id = ids.get(String(fileId)) ?? (typeof fileId === 'string' && isId(fileId) ? fileId : undefined);
      missing ||= id === undefined;
      if (id === undefined)
        errors.add(
          {
            one: `no node has the id ${JSON.stringify(fileId)}`,
            many: (n) => `${n} edges point at the missing node ${JSON.stringify(fileId)}`,
          },
          `${at}.${end}`,
        );
      return id ?? fileId;
    });
    if (missing) continue; // reported once above, not again by the schema check
    const [from, to] = ends;
    const relation: Json = { type, from, to, evidence: data.evidence ?? undefined, properties: properties(data, EDGE_FIELDS) };
    for (const key of Object.keys(relation)) if (relation[key] === undefined) delete relation[key];
    const key = JSON.stringify([from, type, to]);
    const earlier = relations.get(key);
    if (earlier) {
      mergeParallel(earlier, relation, at, errors);
      count('merged: parallel edges (same source, type and target) into one relation', 'edge');
      continue;
    }
    relations.set(key, relation);
    origins.relations.push({ at, field: (rest) => ({ field: edgeField(rest, typeKey ?? 'type') }) });
  }

  const notes = [...counts].map(([note, { n, unit }]) => `${note} (${plural(n, unit)})`);
  if (dropped.size) notes.push(`dropped: ${[...dropped].join(', ')}`);
  if (nulls) notes.push(`dropped: null values (${plural(nulls, 'value')})`);
  if (ignored.size && !own) notes.push(`dropped: element ${[...ignored].join(', ')}`);
  return { entities: entities.map((node) => node.entity), relations: [...relations.values()], notes };
}
