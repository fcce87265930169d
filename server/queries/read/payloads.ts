// The Cypher projections every read returns, and their conversion to models. Complete payloads
// (entity with degree, relation with evidence) come back from the main query, not one per node.
import type { Row } from '../../db/executor';
import { ENTITY_FIELDS, RELATION_FIELDS, userProperties } from '../../domain/fields';
import { relationKey, relationKeyCypher } from '../../domain/ids';
import type { EntityModel, RelationModel, SourceModel } from '../../domain/models';
import type { Plain, PlainMap } from '../../domain/values';

/** Relations of an entity: all its relationships except incoming MENTIONS (degree-store lookups). */
export const degreeOf = (v: string) => `COUNT { (${v})--() } - COUNT { (${v})<-[:MENTIONS]-() }`;

/**
 * Stored properties that no read answers with (docs/data-model.md): the entity's search and
 * resolution helpers, and a relation's `sources` (the distinct `evidenceSources`). Payloads name
 * them null instead: they were a fifth of a large overview's bytes, which the driver must decode.
 */
const ENTITY_HELPERS = ['_norm', '_aliasText'] as const;
const RELATION_HELPERS = ['sources'] as const;
/** Every stored property of `v` but `hidden`; `entries` (`key: expression`) replace stored ones. */
const storedProps = (v: string, hidden: readonly string[], entries: string[] = []) =>
  `${v} { .*, ${[...hidden.map((key) => `${key}: null`), ...entries].join(', ')} }`;

/**
 * `v` must be a query variable bound to an :Entity node (never user input); `mentioner` must be unbound.
 * `degree`: an expression of the degree when the query has it already (e.g. it ordered by it).
 */
export const entityPayload = (v: string, degree = degreeOf(v)) =>
  `{ props: ${storedProps(v, ENTITY_HELPERS)}, degree: ${degree}, sources: [(mentioner:Source)-[:MENTIONS]->(${v}) | mentioner.id] }`;

/**
 * `from`/`to`: variables bound to the relation's start and end node when the query has them (no lookup).
 * The stored id is `<from>|<TYPE>|<to>` (relationKey): sent only when it is not, toRelation derives it
 * otherwise (it was a tenth of a large overview's bytes).
 */
export const relationPayload = (v: string, from = `startNode(${v})`, to = `endNode(${v})`) => {
  const derived = relationKeyCypher(`${from}.id`, `type(${v})`, `${to}.id`);
  const props = storedProps(v, RELATION_HELPERS, [`id: CASE ${v}.id WHEN ${derived} THEN null ELSE ${v}.id END`]);
  return `{ props: ${props}, type: type(${v}), from: ${from}.id, to: ${to}.id }`;
};

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
