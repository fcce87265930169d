// Subgraph payloads as lists instead of maps, with only what a SubgraphShape asks for: the driver
// decodes a list's values without a key string each, and unselected fields are never sent.
// Slots missing from the shape hold null. Used by the overview (graph.ts), the largest answer.
import type { Row } from '../../db/executor';
import { ENTITY_FIELDS, RELATION_FIELDS, userProperties } from '../../domain/fields';
import { relationKey, relationKeyCypher } from '../../domain/ids';
import type { EntityModel, RelationModel, SourceModel } from '../../domain/models';
import type { Plain, PlainMap } from '../../domain/values';
import { bySourceDate, toSource, unknownSource } from './payloads';
import type { SubgraphShape } from './subgraph-shape';

/** Node slots: [id, type, name, aliases, description, properties, degree, sourceIds, x, y, lx, ly]. */
const N = { id: 0, type: 1, name: 2, aliases: 3, description: 4, properties: 5, degree: 6, sources: 7, x: 8, y: 9, lx: 10, ly: 11 };
/** Edge slots: [type, from, to, storedId, properties, evidenceSources, evidenceQuotes]. */
const E = { type: 0, from: 1, to: 2, id: 3, properties: 4, evidenceSources: 5, evidenceQuotes: 6 };

const cypherList = (keys: Iterable<string>) => `[${[...keys].map((key) => `'${key}'`).join(', ')}]`;
/** User properties as [key, value] pairs: keys that are neither fields nor internal (`_…`). */
const userPairs = (v: string, fields: ReadonlySet<string>) =>
  `[k IN keys(${v}) WHERE NOT k STARTS WITH '_' AND NOT k IN ${cypherList(fields)} | [k, ${v}[k]]]`;
const when = (asked: boolean, expression: string) => (asked ? expression : 'null');

/** `v`: a variable bound to an :Entity node; `degree`: an expression of its degree. */
export function compactEntity(v: string, degree: string, shape: SubgraphShape): string {
  const slots = [
    `${v}.id`,
    `${v}.type`,
    `${v}.name`,
    when(shape.aliases, `${v}.aliases`),
    when(shape.description, `${v}.description`),
    when(shape.entityProperties, userPairs(v, ENTITY_FIELDS)),
    degree,
    when(shape.entitySources, `[(mentioner:Source)-[:MENTIONS]->(${v}) | mentioner.id]`),
    ...(shape.positions ? ['_x', '_y', '_lx', '_ly'].map((key) => `${v}.${key}`) : []),
  ];
  return `[${slots.join(', ')}]`;
}

/** `v`: a relationship variable; `from`/`to`: variables bound to its start and end node. */
export function compactRelation(v: string, from: string, to: string, shape: SubgraphShape): string {
  const derived = relationKeyCypher(`${from}.id`, `type(${v})`, `${to}.id`);
  const slots = [
    `type(${v})`,
    `${from}.id`,
    `${to}.id`,
    // Sent only when it is not `<from>|<TYPE>|<to>` (toCompactRelation derives it otherwise).
    `CASE ${v}.id WHEN ${derived} THEN null ELSE ${v}.id END`,
    when(shape.relationProperties, userPairs(v, RELATION_FIELDS)),
    when(shape.evidence, `${v}.evidenceSources`),
    when(shape.evidence && shape.quotes, `${v}.evidenceQuotes`),
  ];
  return `[${slots.join(', ')}]`;
}

const asList = (value: Plain | undefined): Plain[] => (Array.isArray(value) ? value : []);
const asString = (value: Plain | undefined): string | null => (typeof value === 'string' ? value : null);
const asStrings = (value: Plain | undefined): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const asNumber = (value: Plain | undefined): number | null => (typeof value === 'number' ? value : null);
/** User properties from [key, value] pairs; most entities and relations have none (no object built then). */
function pairsToProperties(value: Plain | undefined, fields: ReadonlySet<string>) {
  if (!Array.isArray(value) || value.length === 0) return {};
  const map: PlainMap = {};
  for (const pair of value) if (Array.isArray(pair)) map[String(pair[0])] = pair[1] ?? null;
  return userProperties(map, fields);
}
const point = (x: Plain | undefined, y: Plain | undefined) => (typeof x === 'number' && typeof y === 'number' ? { x, y } : undefined);

/** `source`: the sources of the answer by id; without it, evidence and entities name sources by id only. */
export function toCompactEntity(value: Plain | undefined, source?: (id: string) => SourceModel): EntityModel {
  const slots = asList(value);
  const sourceIds = asStrings(slots[N.sources]);
  return {
    id: String(slots[N.id]),
    type: String(slots[N.type]),
    name: String(slots[N.name] ?? slots[N.id]),
    aliases: asStrings(slots[N.aliases]),
    description: asString(slots[N.description]),
    properties: pairsToProperties(slots[N.properties], ENTITY_FIELDS),
    degree: asNumber(slots[N.degree]) ?? undefined,
    sourceIds,
    sources: source ? sourceIds.map(source).sort(bySourceDate) : undefined,
    position: point(slots[N.x], slots[N.y]),
    layout: point(slots[N.lx], slots[N.ly]),
  };
}

/** `source` as for toCompactEntity; `entity`: the answer's entities by id (the relation's ends). */
export function toCompactRelation(
  value: Plain | undefined,
  source?: (id: string) => SourceModel,
  entity?: (id: string) => EntityModel | undefined,
): RelationModel {
  const slots = asList(value);
  const [type, from, to] = [String(slots[E.type]), String(slots[E.from]), String(slots[E.to])];
  const quotes = asStrings(slots[E.evidenceQuotes]);
  return {
    id: asString(slots[E.id]) ?? relationKey(from, type, to),
    type,
    fromId: from,
    toId: to,
    from: entity?.(from),
    to: entity?.(to),
    properties: pairsToProperties(slots[E.properties], RELATION_FIELDS),
    // Quotes are stored as "" when absent, to keep the two lists parallel.
    evidence: asStrings(slots[E.evidenceSources]).map((sourceId, i) => ({
      sourceId,
      quote: quotes[i] || null,
      source: source?.(sourceId),
    })),
  };
}

/**
 * The overview's rows (graph.ts: chunks of nodes, then of edges, then one with `truncated` and
 * `sources`) as one row, in their order.
 */
export function joinSubgraphRows(rows: readonly Row[]): Row {
  return {
    nodes: rows.flatMap((row) => asList(row.nodes)),
    edges: rows.flatMap((row) => asList(row.edges)),
    truncated: rows.some((row) => row.truncated === true),
    sources: rows.flatMap((row) => asList(row.sources)),
  };
}

/** As toSubgraph (payloads.ts), for rows of compact `nodes` and `edges`: each object built once. */
export function toCompactSubgraph(row: Row | undefined) {
  const sources = new Map<string, SourceModel>();
  for (const value of asList(row?.sources)) {
    const model = toSource(value);
    sources.set(model.id, model);
  }
  const source = (id: string) => {
    let model = sources.get(id);
    if (!model) sources.set(id, (model = unknownSource(id)));
    return model;
  };
  const nodes = asList(row?.nodes).map((value) => toCompactEntity(value, source));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges = asList(row?.edges).map((value) => toCompactRelation(value, source, (id) => byId.get(id)));
  return { nodes, edges, truncated: row?.truncated === true };
}
