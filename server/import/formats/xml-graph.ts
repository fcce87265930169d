// Shared by the GraphML and GEXF importers: XML text → a document (errors with line and column),
// and a foreign graph (nodes and edges with typed attribute values) → a seed candidate, with the
// mapping rules of docs/seed-format.md ("GraphML", "GEXF") and one note per rule applied.
// xmldom reads the XML; the graph mapping is ours, so that typed values are checked as written
// (the graphology parsers cast with `+text`, which rounds big integers and reads "1e400" as Infinity).
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { relationKey } from '../../domain/ids';
import { numberProblem } from '../validate/faithful';
import { locateWith, type Origin } from './locate';
import type { Converted as BaseConverted } from './csv-convert';
import type { ImportError, Properties, PropertyValue, SeedEntity, SeedEvidence, SeedRelation, SeedSource } from '../types';

/** A converter's result plus mapping lines for the report (issue 10's shared `notes` shape). */
export type Converted = BaseConverted & { notes?: string[] };

// `json:` names hold JSON text (lists in GEXF, evidence, sources); `prop:` a user property with a
// reserved name. One definition, with the writers that use them.
export { JSON_PREFIX, PROP_PREFIX } from '../../../client/src/core/graph-xml';
import { JSON_PREFIX, PROP_PREFIX } from '../../../client/src/core/graph-xml';

export type XmlResult = { doc: Document } | { error: ImportError };

export function parseXml(text: unknown, what: string): XmlResult {
  if (typeof text !== 'string') return { error: { path: '(root)', message: `${what} input must be the text of the file` } };
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'application/xml');
    return { doc };
  } catch (error) {
    const located = error as Error & { locator?: { lineNumber?: number; columnNumber?: number } };
    const at = located.locator ? `line ${located.locator.lineNumber}, column ${located.locator.columnNumber}` : '(root)';
    return { error: { path: at, message: `not well-formed XML: ${firstLine(located.message)}` } };
  }
}

function firstLine(message: string) {
  return message.replace(/^.*caused Error: /s, '').split('\n')[0] ?? message;
}

/** Element children with this local name (namespace prefixes ignored: `viz:position` is `position`). */
export function children(element: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === name) out.push(node as Element);
  }
  return out;
}

export function child(element: Element, name: string): Element | undefined {
  return children(element, name)[0];
}

/** A typed attribute value as written, or an error message (never a silently changed value). */
export function typedValue(text: string, type: string, list: boolean): { value: unknown } | { error: string } {
  if (list) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { error: `list value is not a JSON array: ${JSON.stringify(text.slice(0, 40))}` };
    }
    if (!Array.isArray(parsed)) return { error: 'list value is not a JSON array' };
    return checkedNumbers(parsed);
  }
  switch (type.toLowerCase()) {
    case 'boolean':
      if (text === 'true' || text === 'false') return { value: text === 'true' };
      return { error: `"${text}" is not a boolean (true or false)` };
    case 'int':
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
      if (!/^[+-]?\d+$/.test(text.trim())) return { error: `"${text}" is not an integer` };
      return checkedNumbers(Number(text));
    case 'float':
    case 'double':
      if (text.trim() === '' || Number.isNaN(Number(text))) return { error: `"${text}" is not a number` };
      return checkedNumbers(Number(text));
    default:
      return { value: text };
  }
}

function checkedNumbers(value: unknown): { value: unknown } | { error: string } {
  const numbers = Array.isArray(value) ? value : [value];
  for (const item of numbers) {
    const problem = typeof item === 'number' ? numberProblem(item) : undefined;
    if (problem) return { error: `${item} ${problem}` };
  }
  return { value };
}

export interface ForeignNode {
  at: string;
  xmlId: string;
  attrs: Map<string, unknown>;
}

export interface ForeignEdge {
  at: string;
  source: string;
  target: string;
  attrs: Map<string, unknown>;
}

export interface MappingRules {
  /** Node attributes never kept as properties (besides the ones used for id, type, name…). */
  dropNode: string[];
  dropEdge: string[];
  /** The node type when there is no `type` attribute (APOC: labels other than Entity). */
  nodeType?: (node: ForeignNode) => string | undefined;
  /** Edge attributes tried in order for the relation type (after `type`). */
  edgeTypeFrom: string[];
  /** Notes that always apply (what was dropped). */
  dropped: string[];
}

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function upperSnake(text: string): string {
  if (/^[A-Z][A-Z0-9_]*$/.test(text)) return text;
  return text
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/** Foreign nodes and edges → seed candidate. Jejaring's own exports carry `id` and JSON fields. */
export function foreignToSeed(
  nodes: ForeignNode[],
  edges: ForeignEdge[],
  sourcesValue: unknown,
  rules: MappingRules,
  errors: ImportError[],
): Converted {
  const notes: string[] = [];
  const counts = new Map<string, number>();
  const count = (note: string) => counts.set(note, (counts.get(note) ?? 0) + 1);
  const decode = (at: string, text: unknown): unknown => {
    if (typeof text !== 'string') return text;
    try {
      return JSON.parse(text);
    } catch {
      errors.push({ path: at, message: 'not valid JSON' });
      return undefined;
    }
  };
  const origins: Record<'sources' | 'entities' | 'relations', Origin[]> = { sources: [], entities: [], relations: [] };

  const sources = sourcesValue === undefined ? [] : (decode(`graph.${JSON_PREFIX}sources`, sourcesValue) as SeedSource[]);
  const idOf = new Map<string, string>();
  const entities = nodes.map((node): SeedEntity => {
    origins.entities.push({ at: node.at });
    const a = node.attrs;
    const name = str(a.get('name')) ?? str(a.get('label')) ?? node.xmlId;
    if (!a.has('name')) count(a.has('label') ? 'mapped: label → name' : 'mapped: node id → name');
    let id = str(a.get('id'));
    if (id === undefined) {
      id = slug(name);
      count('entity id: slug of the name');
    }
    idOf.set(node.xmlId, id);
    let type = str(a.get('type'));
    if (type === undefined) type = rules.nodeType?.(node);
    if (type === undefined) {
      type = 'Node';
      count('default entity type "Node"');
    }
    const aliases = a.get('aliases') ?? a.get(`${JSON_PREFIX}aliases`);
    const properties = props(
      a,
      new Set(['id', 'type', 'name', 'label', 'aliases', `${JSON_PREFIX}aliases`, 'description', ...rules.dropNode]),
    );
    return compactEntity({
      id,
      type,
      name,
      aliases: Array.isArray(aliases) ? (aliases as string[]) : aliases === undefined ? [] : (aliases as never),
      description: a.get('description') as string | undefined,
      properties,
    });
  });

  const relations: SeedRelation[] = [];
  const byKey = new Map<string, SeedRelation>();
  let merged = 0;
  for (const edge of edges) {
    const a = edge.attrs;
    const from = idOf.get(edge.source);
    const to = idOf.get(edge.target);
    if (from === undefined || to === undefined) {
      errors.push({ path: edge.at, message: `no node with id "${from === undefined ? edge.source : edge.target}"` });
      continue;
    }
    let raw = str(a.get('type'));
    let typeFrom = 'type';
    for (const key of rules.edgeTypeFrom) {
      if (raw !== undefined) break;
      raw = str(a.get(key));
      typeFrom = key;
    }
    if (raw === undefined) {
      raw = 'RELATED_TO';
      typeFrom = 'default RELATED_TO';
    }
    const type = upperSnake(raw);
    if (typeFrom !== 'type')
      count(typeFrom.startsWith('default') ? 'default relation type RELATED_TO' : `mapped: ${typeFrom} → relation type`);
    const evidence = decode(`${edge.at}.${JSON_PREFIX}evidence`, a.get(`${JSON_PREFIX}evidence`));
    const properties = props(a, new Set(['type', `${JSON_PREFIX}evidence`, ...rules.edgeTypeFrom, ...rules.dropEdge]));
    const key = relationKey(from, type, to);
    const earlier = byKey.get(key);
    if (earlier) {
      merged++;
      Object.assign(earlier.properties ?? {}, properties);
      if (Array.isArray(evidence)) earlier.evidence?.push(...(evidence as SeedEvidence[]));
      continue;
    }
    const relation: SeedRelation = { from, type, to, properties, evidence: Array.isArray(evidence) ? (evidence as SeedEvidence[]) : [] };
    if (evidence !== undefined && !Array.isArray(evidence))
      errors.push({ path: `${edge.at}.${JSON_PREFIX}evidence`, message: 'must be a JSON array' });
    byKey.set(key, relation);
    relations.push(relation);
    origins.relations.push({ at: edge.at });
  }
  for (const [note, n] of counts) notes.push(`${note} (${n} ${note.includes('relation') ? 'edges' : 'nodes'})`);
  if (merged) notes.push(`merged: ${merged} parallel edges of one (from, type, to)`);
  notes.push(...rules.dropped);
  const file = { version: 1, sources: Array.isArray(sources) ? sources : [], entities, relations };
  return { file, errors, locate: locateWith({ style: 'json', items: origins }), notes };
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function props(attrs: Map<string, unknown>, skip: Set<string>): Properties {
  const out: Properties = {};
  for (const [key, value] of attrs) {
    if (skip.has(key) || value === null || value === undefined) continue;
    // `json:` marks JSON text (decoded by the reader), `prop:` a user property with a reserved name.
    let name = key.startsWith(JSON_PREFIX) ? key.slice(JSON_PREFIX.length) : key;
    if (name.startsWith(PROP_PREFIX)) name = name.slice(PROP_PREFIX.length);
    out[name] = value as PropertyValue;
  }
  return out;
}

function compactEntity(entity: SeedEntity): SeedEntity {
  return Object.fromEntries(Object.entries(entity).filter(([, v]) => v !== undefined)) as unknown as SeedEntity;
}
