// The explorer's GraphQL requests (api/operations/*.graphql), converting answers to the core's
// plain shapes. Only app/ calls these.
import type { Subgraph } from '../core/graph-data';
import { relationEdge } from '../core/relation-view';
import type { ApiRelation, EntityDetails, GraphEdge, GraphNode, ImportReport, Properties, SearchResult } from '../core/types';
import {
  EntityBatchDocument,
  EntityDocument,
  HealthDocument,
  ImportDocument,
  NeighbourhoodDocument,
  OverviewDocument,
  SearchDocument,
  ShortestPathDocument,
  SourcesDocument,
  type EdgeFieldsFragment,
  type EntityBatchQueryVariables,
  type HealthQuery,
  type NodeFieldsFragment,
  type OverviewEdgeFieldsFragment,
  type OverviewFieldsFragment,
  type SeedFormat,
  type SourcesQuery,
  type SubgraphFieldsFragment,
} from '../generated';
import { gql } from './graphql-client';

/** `properties` is a JSON scalar: an object of the seed's property values, or null. */
const asProperties = (value: unknown): Properties =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Properties) : {};

const toNode = (n: NodeFieldsFragment): GraphNode => ({
  id: n.id,
  type: n.type,
  name: n.name,
  aliases: n.aliases,
  description: n.description,
  properties: asProperties(n.properties),
  degree: n.degree,
  sources: n.sources.map((s) => s.id),
  position: n.position ? { x: n.position.x, y: n.position.y } : null,
  layout: n.layout ? { x: n.layout.x, y: n.layout.y } : null,
});

const toRelation = (e: EdgeFieldsFragment): ApiRelation => ({ ...e, properties: asProperties(e.properties) });

const toEdge = (e: EdgeFieldsFragment): GraphEdge => relationEdge(toRelation(e));

const toSubgraph = (s: SubgraphFieldsFragment): Subgraph => ({
  nodes: s.nodes.map(toNode),
  edges: s.edges.map(toEdge),
  truncated: s.truncated,
});

/** An overview edge: evidence cites its sources by id (citeSources, core/graph-data.ts, adds the rest). */
const toOverviewEdge = (e: OverviewEdgeFieldsFragment): GraphEdge => ({
  id: e.id,
  type: e.type,
  source: e.from.id,
  target: e.to.id,
  properties: asProperties(e.properties),
  evidence: e.evidence,
});

const toOverview = (s: OverviewFieldsFragment): Subgraph => ({
  nodes: s.nodes.map(toNode),
  edges: s.edges.map(toOverviewEdge),
  truncated: s.truncated,
});

export async function fetchOverview(limit = 500): Promise<Subgraph> {
  const data = await gql(OverviewDocument, { limit });
  return toOverview(data.graph);
}

export async function fetchNeighbourhood(id: string, limit: number): Promise<Subgraph> {
  const data = await gql(NeighbourhoodDocument, { id, limit });
  return toSubgraph(data.neighborhood);
}

export async function fetchShortestPath(from: string, to: string): Promise<Subgraph | null> {
  const data = await gql(ShortestPathDocument, { from, to });
  return data.shortestPath ? toSubgraph(data.shortestPath) : null;
}

/** The EntityBatch operation asks for this many entities at once (the API allows 15 aliases). */
export const ENTITY_BATCH = 10;

/** Entities by id (no relations), ENTITY_BATCH per request; unknown ids are left out. */
export async function fetchEntityNodes(ids: string[]): Promise<GraphNode[]> {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += ENTITY_BATCH) batches.push(ids.slice(i, i + ENTITY_BATCH));
  const answers = await Promise.all(
    batches.map((batch) => {
      // The operation has ten slots: a short batch repeats its last id (answers are de-duplicated).
      const slot = (i: number) => batch[Math.min(i, batch.length - 1)] as string;
      const variables = Object.fromEntries(
        Array.from({ length: ENTITY_BATCH }, (_, i) => [`id${i}`, slot(i)]),
      ) as EntityBatchQueryVariables;
      return gql(EntityBatchDocument, variables);
    }),
  );
  const nodes = new Map<string, GraphNode>();
  for (const answer of answers) for (const node of Object.values(answer)) if (node) nodes.set(node.id, toNode(node));
  return [...nodes.values()];
}

export async function searchEntities(query: string, limit = 8): Promise<SearchResult[]> {
  const data = await gql(SearchDocument, { query, limit });
  return data.search.map((hit) => ({ node: toNode(hit.entity), score: hit.score, matched: hit.matched }));
}

export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  const data = await gql(EntityDocument, { id });
  if (!data.entity) return null;
  return {
    node: toNode(data.entity),
    relations: data.entity.relations.map(toRelation),
    statements: data.entity.statements.map(toRelation),
    sources: data.entity.fullSources,
  };
}

export async function fetchSources(): Promise<SourcesQuery['sources']> {
  const data = await gql(SourcesDocument, {});
  return data.sources;
}

export async function fetchHealth(): Promise<HealthQuery['health']> {
  const data = await gql(HealthDocument, {});
  return data.health;
}

export async function importSeed(
  seed: unknown,
  format: SeedFormat,
  dryRun: boolean,
  token: string | null,
  mapping: { typeFrom?: string | undefined; defaultType?: string | undefined } = {},
): Promise<ImportReport> {
  const data = await gql(
    ImportDocument,
    { seed, format, dryRun, typeFrom: mapping.typeFrom ?? null, defaultType: mapping.defaultType ?? null },
    token,
  );
  return data.importSeed;
}
