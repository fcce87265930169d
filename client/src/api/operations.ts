// The explorer's typed GraphQL operations, converting answers to the core's plain shapes.
import type { Subgraph } from '../core/graph-data';
import type { EvidenceItem, GraphEdge, GraphNode, Properties, SourceInfo } from '../core/types';
import { gql } from './graphql-client';
import type { ImportReport } from '../../../server/import/types';

const SOURCE_FIELDS = 'id title url publisher publishedAt language';
const NODE_FIELDS = 'id type name aliases description properties degree sources { id }';
const EDGE_FIELDS = `id type from { id name type } to { id name type } properties evidence { quote source { ${SOURCE_FIELDS} } }`;
const SUBGRAPH = `nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } truncated`;

interface ApiNode {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  description: string | null;
  properties: Properties | null;
  degree: number;
  sources: { id: string }[];
}
export interface ApiEnd {
  id: string;
  name: string;
  type: string;
}
export interface ApiEdge {
  id: string;
  type: string;
  from: ApiEnd;
  to: ApiEnd;
  properties: Properties | null;
  evidence: EvidenceItem[];
}
interface ApiSubgraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  truncated: boolean;
}

export const toNode = (n: ApiNode): GraphNode => ({
  id: n.id,
  type: n.type,
  name: n.name,
  aliases: n.aliases ?? [],
  description: n.description,
  properties: n.properties ?? {},
  degree: n.degree,
  sources: (n.sources ?? []).map((s) => s.id),
});

export const toEdge = (e: ApiEdge): GraphEdge => ({
  id: e.id,
  type: e.type,
  source: e.from.id,
  target: e.to.id,
  properties: e.properties ?? {},
  evidence: e.evidence ?? [],
});

const toSubgraph = (s: ApiSubgraph): Subgraph => ({ nodes: s.nodes.map(toNode), edges: s.edges.map(toEdge), truncated: s.truncated });

export async function fetchOverview(limit = 500): Promise<Subgraph> {
  const data = await gql<{ graph: ApiSubgraph }>(`query Overview($limit: Int) { graph(limit: $limit) { ${SUBGRAPH} } }`, { limit });
  return toSubgraph(data.graph);
}

export async function fetchNeighbourhood(id: string, limit: number): Promise<Subgraph> {
  const data = await gql<{ neighborhood: ApiSubgraph }>(
    `query Hood($id: ID!, $limit: Int) { neighborhood(id: $id, depth: 1, limit: $limit) { ${SUBGRAPH} } }`,
    { id, limit },
  );
  return toSubgraph(data.neighborhood);
}

export async function fetchShortestPath(from: string, to: string): Promise<Subgraph | null> {
  const data = await gql<{ shortestPath: ApiSubgraph | null }>(
    `query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { ${SUBGRAPH} } }`,
    { from, to },
  );
  return data.shortestPath ? toSubgraph(data.shortestPath) : null;
}

/** The API allows 15 aliases per request (server/graphql/limits.ts): ask for this many entities at once. */
export const ENTITY_BATCH = 10;

/** Entities by id (no relations), ENTITY_BATCH per aliased request; unknown ids are left out. */
export async function fetchEntityNodes(ids: string[]): Promise<GraphNode[]> {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += ENTITY_BATCH) batches.push(ids.slice(i, i + ENTITY_BATCH));
  const answers = await Promise.all(
    batches.map((batch) => {
      const params = batch.map((_, i) => `$id${i}: ID!`).join(', ');
      const fields = batch.map((_, i) => `e${i}: entity(id: $id${i}) { ${NODE_FIELDS} }`).join(' ');
      return gql<Record<string, ApiNode | null>>(`query Entities(${params}) { ${fields} }`, Object.fromEntries(batch.map((id, i) => [`id${i}`, id])));
    }),
  );
  return answers.flatMap((answer) => Object.values(answer).flatMap((node) => (node ? [toNode(node)] : [])));
}

export interface SearchResult {
  node: GraphNode;
  score: number;
  matched: string | null;
}

export async function searchEntities(query: string, limit = 8): Promise<SearchResult[]> {
  const data = await gql<{ search: { score: number; matched: string | null; entity: ApiNode }[] }>(
    `query Search($query: String!, $limit: Int) { search(query: $query, limit: $limit) { score matched entity { ${NODE_FIELDS} } } }`,
    { query, limit },
  );
  return data.search.map((hit) => ({ node: toNode(hit.entity), score: hit.score, matched: hit.matched }));
}

export interface EntityDetails {
  node: GraphNode;
  relations: ApiEdge[];
  sources: SourceInfo[];
}

export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  const data = await gql<{ entity: (ApiNode & { relations: ApiEdge[]; fullSources: SourceInfo[] }) | null }>(
    `query Entity($id: ID!) { entity(id: $id) { ${NODE_FIELDS} relations(limit: 500) { ${EDGE_FIELDS} } fullSources: sources { ${SOURCE_FIELDS} } } }`,
    { id },
  );
  if (!data.entity) return null;
  return { node: toNode(data.entity), relations: data.entity.relations, sources: data.entity.fullSources };
}

export async function fetchSources(): Promise<(SourceInfo & { entityCount: number; relationCount: number })[]> {
  const data = await gql<{ sources: (SourceInfo & { entityCount: number; relationCount: number })[] }>(
    `query Sources { sources { ${SOURCE_FIELDS} entityCount relationCount } }`,
  );
  return data.sources;
}

export async function fetchHealth(): Promise<{ neo4jVersion: string; neo4jEdition: string }> {
  const data = await gql<{ health: { neo4jVersion: string; neo4jEdition: string } }>('query Health { health { neo4jVersion neo4jEdition } }');
  return data.health;
}

// The report's shape is the loader's contract; REPORT_FIELDS below selects every field of it.
// A type-only import: nothing of the server reaches the bundle.
export type { ImportReport };

const REPORT_FIELDS = `ok dryRun entitiesCreated entitiesUpdated entitiesResolved entitiesRemoved relationsCreated relationsUpdated
  relationsRemoved sourcesCreated sourcesUpdated sourcesRemoved resolutions { from to reason } errors { path message } createdEntityIds`;

export async function importSeed(seed: unknown, format: 'JSON' | 'CSV' | 'CYTOSCAPE', dryRun: boolean, token: string | null): Promise<ImportReport> {
  const data = await gql<{ importSeed: ImportReport }>(
    `mutation Import($seed: JSON!, $format: SeedFormat, $dryRun: Boolean) { importSeed(seed: $seed, format: $format, dryRun: $dryRun) { ${REPORT_FIELDS} } }`,
    { seed, format, dryRun },
    token,
  );
  return data.importSeed;
}
