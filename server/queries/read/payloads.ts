// The Cypher projections every read returns, and their conversion to models. Complete payloads
// (entity with degree, relation with evidence) come back from the main query, not one per node.
import type { Row } from '../../db/executor';
import { ENTITY_FIELDS, RELATION_FIELDS, userProperties } from '../../domain/fields';
import { relationKey } from '../../domain/ids';
import type { EntityModel, RelationModel, SourceModel } from '../../domain/models';
import type { Plain, PlainMap } from '../../domain/values';

/** Relations of an entity: all its relationships except incoming MENTIONS (degree-store lookups). */
export const degreeOf = (v: string) => `COUNT { (${v})--() } - COUNT { (${v})<-[:MENTIONS]-() }`;

/** `v` must be a query variable bound to an :Entity node (never user input); `mentioner` must be unbound. */
export const entityPayload = (v: string) =>
  `{ props: properties(${v}), degree: ${degreeOf(v)}, sources: [(mentioner:Source)-[:MENTIONS]->(${v}) | mentioner.id] }`;

export const relationPayload = (v: string) =>
  `{ props: properties(${v}), type: type(${v}), from: startNode(${v}).id, to: endNode(${v}).id }`;

export const sourceFields = (v: string) => `${v} { .id, .title, .url, .publisher, .publishedAt, .language }`;

const asMap = (value: Plain | undefined): PlainMap =>
  value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value) ? value : {};
const asString = (value: Plain | undefined): string | null => (typeof value === 'string' ? value : null);
const asStrings = (value: Plain | undefined): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

export function toEntity(value: Plain | undefined): EntityModel {
  const payload = asMap(value);
  const props = asMap(payload.props);
  return {
    id: String(props.id),
    type: String(props.type),
    name: String(props.name ?? props.id),
    aliases: asStrings(props.aliases),
    description: asString(props.description),
    properties: userProperties(props, ENTITY_FIELDS),
    degree: typeof payload.degree === 'number' ? payload.degree : undefined,
    sourceIds: asStrings(payload.sources),
    // Imported with the file (internal `_x`, `_y`): the explorer's initial layout.
    position: typeof props._x === 'number' && typeof props._y === 'number' ? { x: props._x, y: props._y } : undefined,
    // Computed by the server's layout job (internal `_lx`, `_ly`): drawn when the file gave none.
    layout: typeof props._lx === 'number' && typeof props._ly === 'number' ? { x: props._lx, y: props._ly } : undefined,
  };
}

export function toRelation(value: Plain | undefined): RelationModel {
  const payload = asMap(value);
  const props = asMap(payload.props);
  const sources = asStrings(props.evidenceSources);
  const quotes = asStrings(props.evidenceQuotes);
  const from = String(payload.from);
  const to = String(payload.to);
  const type = String(payload.type);
  return {
    id: asString(props.id) ?? relationKey(from, type, to),
    type,
    fromId: from,
    toId: to,
    properties: userProperties(props, RELATION_FIELDS),
    // Quotes are stored as "" when absent, to keep the two lists parallel.
    evidence: sources.map((sourceId, i) => ({ sourceId, quote: quotes[i] ? (quotes[i] ?? null) : null })),
  };
}

export function toSource(value: Plain | undefined): SourceModel {
  const s = asMap(value);
  return {
    id: String(s.id),
    title: asString(s.title),
    url: asString(s.url),
    publisher: asString(s.publisher),
    publishedAt: asString(s.publishedAt),
    language: asString(s.language),
    entityCount: typeof s.entityCount === 'number' ? s.entityCount : undefined,
    relationCount: typeof s.relationCount === 'number' ? s.relationCount : undefined,
  };
}

/** A source id that no Source node answers to (only if data changed mid-request). */
export const unknownSource = (id: string): SourceModel => ({
  id,
  title: null,
  url: null,
  publisher: null,
  publishedAt: null,
  language: null,
});

/** Newest first, then by id: the order sources are listed in everywhere. */
export const bySourceDate = (a: SourceModel, b: SourceModel) =>
  (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.id.localeCompare(b.id);

/**
 * Subgraph rows: `nodes` (entity payloads), `edges` (relation payloads) and `sources` (every source
 * they refer to). Edge ends, evidence sources and entity sources are attached here, so that nested
 * fields resolve without another query. `truncated` is the row's own flag (false when it has none).
 */
export function toSubgraph(row: Row | undefined) {
  const sources = new Map((Array.isArray(row?.sources) ? row.sources : []).map(toSource).map((s) => [s.id, s]));
  const source = (id: string) => sources.get(id) ?? unknownSource(id);
  const nodes = (Array.isArray(row?.nodes) ? row.nodes : []).map((value) => {
    const node = toEntity(value);
    return { ...node, sources: node.sourceIds.map(source).sort(bySourceDate) };
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges = (Array.isArray(row?.edges) ? row.edges : []).map((value) => {
    const edge = toRelation(value);
    const evidence = edge.evidence.map((item) => ({ ...item, source: source(item.sourceId) }));
    return { ...edge, evidence, from: byId.get(edge.fromId), to: byId.get(edge.toId) };
  });
  return { nodes, edges, truncated: row?.truncated === true };
}
