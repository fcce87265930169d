/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The article's source, as the draft's seed will declare it. */
export type DraftSourceInput = {
  /** Kebab-case id; default `<publisher>-<date>-<first title words>`. */
  id?: string | number | null | undefined;
  /** The language of the text, `id` or `en`: it picks the sentence rules. */
  language: string;
  /** ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedAt?: string | null | undefined;
  publisher?: string | null | undefined;
  /** The headline; default the article's first line. */
  title?: string | null | undefined;
  url?: string | null | undefined;
};

export type SeedFormat =
  /** The CSV pair (plus optional sources.csv), each file as a string or as base64 bytes (`entitiesBase64` …). */
  | 'CSV'
  /** Cytoscape.js JSON, as the explorer exports it. */
  | 'CYTOSCAPE'
  /** GEXF (Gephi, Jejaring's export), the text of the file. */
  | 'GEXF'
  /** GraphML (Neo4j APOC, yEd, Gephi, Jejaring's export), the text of the file. */
  | 'GRAPHML'
  /** A seed file (docs/seed-format.md). */
  | 'JSON';

export type ArticleQueryVariables = Exact<{
  source: string | number;
}>;


export type ArticleQuery = { article: { text: string | null, source: { id: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null }, sentences: Array<{ start: number, end: number }>, mentions: Array<{ start: number, end: number, sentence: number, entity: { id: string, name: string, type: string } }>, quotes: Array<{ quote: string, start: number | null, end: number | null, sentence: number | null, relation: { id: string, type: string, properties: unknown, from: { id: string, name: string, type: string }, to: { id: string, name: string, type: string }, evidence: Array<{ quote: string | null, source: { id: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null } }> } }> } | null };

export type EntityQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityQuery = { entity: { id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null, relations: Array<{ id: string, type: string, properties: unknown, from: { id: string, name: string, type: string }, to: { id: string, name: string, type: string }, evidence: Array<{ quote: string | null, source: { id: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null } }> }>, statements: Array<{ id: string, type: string, properties: unknown, from: { id: string, name: string, type: string }, to: { id: string, name: string, type: string }, evidence: Array<{ quote: string | null, source: { id: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null } }> }>, fullSources: Array<{ id: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null }> } | null };

export type SearchQueryVariables = Exact<{
  query: string;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, matched: string | null, entity: { id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null } }> };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { neo4jVersion: string, neo4jEdition: string } };

export type ImportMutationVariables = Exact<{
  seed: unknown;
  format?: SeedFormat | null | undefined;
  dryRun?: boolean | null | undefined;
  typeFrom?: string | null | undefined;
  defaultType?: string | null | undefined;
}>;


export type ImportMutation = { importSeed: { ok: boolean, dryRun: boolean, entitiesCreated: number, entitiesUpdated: number, entitiesResolved: number, entitiesRemoved: number, relationsCreated: number, relationsUpdated: number, relationsRemoved: number, sourcesCreated: number, sourcesUpdated: number, sourcesRemoved: number, createdEntityIds: Array<string>, notes: Array<string>, resolutions: Array<{ from: string, to: string, reason: string }>, errors: Array<{ path: string, message: string }> } };

export type DraftSeedQueryVariables = Exact<{
  text: string;
  source: DraftSourceInput;
}>;


export type DraftSeedQuery = { draftSeed: { seed: unknown, knownEntities: number, sentences: Array<{ start: number, end: number }>, mentions: Array<{ entityId: string | null, alternatives: Array<string>, candidate: string | null, type: string, start: number, end: number, sentence: number }>, candidates: Array<{ id: string, name: string, aliases: Array<string>, type: string, confidence: number, mentions: Array<number>, cue: { text: string | null } | null }>, suggestions: Array<{ type: string | null, from: string, to: string, speaker: string | null, status: string | null, rule: string, sentence: number, quote: string, inSeed: boolean }> } };

export type GraphTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphTypesQuery = { stats: { byType: Array<{ key: string }>, byRelationType: Array<{ key: string }> } };

export type SourceFieldsFragment = { id: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null };

export type NodeFieldsFragment = { id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null };

export type EndFieldsFragment = { id: string, name: string, type: string };

export type EdgeFieldsFragment = { id: string, type: string, properties: unknown, from: { id: string, name: string, type: string }, to: { id: string, name: string, type: string }, evidence: Array<{ quote: string | null, source: { id: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null } }> };

export type SubgraphFieldsFragment = { truncated: boolean, nodes: Array<{ id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null }>, edges: Array<{ id: string, type: string, properties: unknown, from: { id: string, name: string, type: string }, to: { id: string, name: string, type: string }, evidence: Array<{ quote: string | null, source: { id: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null } }> }> };

export type OverviewEdgeFieldsFragment = { id: string, type: string, properties: unknown, from: { id: string }, to: { id: string }, evidence: Array<{ quote: string | null, source: { id: string } }> };

export type OverviewFieldsFragment = { truncated: boolean, nodes: Array<{ id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null }>, edges: Array<{ id: string, type: string, properties: unknown, from: { id: string }, to: { id: string }, evidence: Array<{ quote: string | null, source: { id: string } }> }> };

export type ReportFieldsFragment = { ok: boolean, dryRun: boolean, entitiesCreated: number, entitiesUpdated: number, entitiesResolved: number, entitiesRemoved: number, relationsCreated: number, relationsUpdated: number, relationsRemoved: number, sourcesCreated: number, sourcesUpdated: number, sourcesRemoved: number, createdEntityIds: Array<string>, notes: Array<string>, resolutions: Array<{ from: string, to: string, reason: string }>, errors: Array<{ path: string, message: string }> };

export type OverviewQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type OverviewQuery = { graph: { truncated: boolean, nodes: Array<{ id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null }>, edges: Array<{ id: string, type: string, properties: unknown, from: { id: string }, to: { id: string }, evidence: Array<{ quote: string | null, source: { id: string } }> }> } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null }>, edges: Array<{ id: string, type: string, properties: unknown, from: { id: string, name: string, type: string }, to: { id: string, name: string, type: string }, evidence: Array<{ quote: string | null, source: { id: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null } }> }> } };

export type ShortestPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ShortestPathQuery = { shortestPath: { truncated: boolean, nodes: Array<{ id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null }>, edges: Array<{ id: string, type: string, properties: unknown, from: { id: string, name: string, type: string }, to: { id: string, name: string, type: string }, evidence: Array<{ quote: string | null, source: { id: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null } }> }> } | null };

export type EntityBatchQueryVariables = Exact<{
  id0: string | number;
  id1: string | number;
  id2: string | number;
  id3: string | number;
  id4: string | number;
  id5: string | number;
  id6: string | number;
  id7: string | number;
  id8: string | number;
  id9: string | number;
}>;


export type EntityBatchQuery = { e0: { id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null } | null, e1: { id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null } | null, e2: { id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null } | null, e3: { id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null } | null, e4: { id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null } | null, e5: { id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null } | null, e6: { id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null } | null, e7: { id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null } | null, e8: { id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null } | null, e9: { id: string, type: string, name: string, aliases: Array<string>, description: string | null, properties: unknown, degree: number, sources: Array<{ id: string }>, position: { x: number, y: number } | null, layout: { x: number, y: number } | null } | null };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: Array<{ id: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null, entityCount: number, relationCount: number }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on Entity {
  id
  type
  name
  aliases
  description
  properties
  degree
  sources {
    id
  }
  position {
    x
    y
  }
  layout {
    x
    y
  }
}
    `, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const EndFieldsFragmentDoc = new TypedDocumentString(`
    fragment EndFields on Entity {
  id
  name
  type
}
    `, {"fragmentName":"EndFields"}) as unknown as TypedDocumentString<EndFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  title
  url
  publisher
  publishedAt
  language
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on Relation {
  id
  type
  from {
    ...EndFields
  }
  to {
    ...EndFields
  }
  properties
  evidence {
    quote
    source {
      ...SourceFields
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  url
  publisher
  publishedAt
  language
}
fragment EndFields on Entity {
  id
  name
  type
}`, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const SubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
  truncated
}
    fragment SourceFields on Source {
  id
  title
  url
  publisher
  publishedAt
  language
}
fragment NodeFields on Entity {
  id
  type
  name
  aliases
  description
  properties
  degree
  sources {
    id
  }
  position {
    x
    y
  }
  layout {
    x
    y
  }
}
fragment EndFields on Entity {
  id
  name
  type
}
fragment EdgeFields on Relation {
  id
  type
  from {
    ...EndFields
  }
  to {
    ...EndFields
  }
  properties
  evidence {
    quote
    source {
      ...SourceFields
    }
  }
}`, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const OverviewEdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment OverviewEdgeFields on Relation {
  id
  type
  from {
    id
  }
  to {
    id
  }
  properties
  evidence {
    quote
    source {
      id
    }
  }
}
    `, {"fragmentName":"OverviewEdgeFields"}) as unknown as TypedDocumentString<OverviewEdgeFieldsFragment, unknown>;
export const OverviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment OverviewFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...OverviewEdgeFields
  }
  truncated
}
    fragment NodeFields on Entity {
  id
  type
  name
  aliases
  description
  properties
  degree
  sources {
    id
  }
  position {
    x
    y
  }
  layout {
    x
    y
  }
}
fragment OverviewEdgeFields on Relation {
  id
  type
  from {
    id
  }
  to {
    id
  }
  properties
  evidence {
    quote
    source {
      id
    }
  }
}`, {"fragmentName":"OverviewFields"}) as unknown as TypedDocumentString<OverviewFieldsFragment, unknown>;
export const ReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportFields on ImportReport {
  ok
  dryRun
  entitiesCreated
  entitiesUpdated
  entitiesResolved
  entitiesRemoved
  relationsCreated
  relationsUpdated
  relationsRemoved
  sourcesCreated
  sourcesUpdated
  sourcesRemoved
  resolutions {
    from
    to
    reason
  }
  errors {
    path
    message
  }
  createdEntityIds
  notes
}
    `, {"fragmentName":"ReportFields"}) as unknown as TypedDocumentString<ReportFieldsFragment, unknown>;
export const ArticleDocument = new TypedDocumentString(`
    query Article($source: ID!) {
  article(source: $source) {
    source {
      id
      title
      url
      publisher
      publishedAt
      language
    }
    text
    sentences {
      start
      end
    }
    mentions {
      entity {
        id
        name
        type
      }
      start
      end
      sentence
    }
    quotes {
      relation {
        id
        type
        from {
          id
          name
          type
        }
        to {
          id
          name
          type
        }
        properties
        evidence {
          quote
          source {
            id
            title
            url
            publisher
            publishedAt
            language
          }
        }
      }
      quote
      start
      end
      sentence
    }
  }
}
    `) as unknown as TypedDocumentString<ArticleQuery, ArticleQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
    query Entity($id: ID!) {
  entity(id: $id) {
    id
    type
    name
    aliases
    description
    properties
    degree
    sources {
      id
    }
    position {
      x
      y
    }
    layout {
      x
      y
    }
    relations(limit: 500) {
      id
      type
      from {
        id
        name
        type
      }
      to {
        id
        name
        type
      }
      properties
      evidence {
        quote
        source {
          id
          title
          url
          publisher
          publishedAt
          language
        }
      }
    }
    statements(limit: 200) {
      id
      type
      from {
        id
        name
        type
      }
      to {
        id
        name
        type
      }
      properties
      evidence {
        quote
        source {
          id
          title
          url
          publisher
          publishedAt
          language
        }
      }
    }
    fullSources: sources {
      id
      title
      url
      publisher
      publishedAt
      language
    }
  }
}
    `) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $limit: Int) {
  search(query: $query, limit: $limit) {
    score
    matched
    entity {
      id
      type
      name
      aliases
      description
      properties
      degree
      sources {
        id
      }
      position {
        x
        y
      }
      layout {
        x
        y
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const HealthDocument = new TypedDocumentString(`
    query Health {
  health {
    neo4jVersion
    neo4jEdition
  }
}
    `) as unknown as TypedDocumentString<HealthQuery, HealthQueryVariables>;
export const ImportDocument = new TypedDocumentString(`
    mutation Import($seed: JSON!, $format: SeedFormat, $dryRun: Boolean, $typeFrom: String, $defaultType: String) {
  importSeed(
    seed: $seed
    format: $format
    dryRun: $dryRun
    typeFrom: $typeFrom
    defaultType: $defaultType
  ) {
    ok
    dryRun
    entitiesCreated
    entitiesUpdated
    entitiesResolved
    entitiesRemoved
    relationsCreated
    relationsUpdated
    relationsRemoved
    sourcesCreated
    sourcesUpdated
    sourcesRemoved
    resolutions {
      from
      to
      reason
    }
    errors {
      path
      message
    }
    createdEntityIds
    notes
  }
}
    `) as unknown as TypedDocumentString<ImportMutation, ImportMutationVariables>;
export const DraftSeedDocument = new TypedDocumentString(`
    query DraftSeed($text: String!, $source: DraftSourceInput!) {
  draftSeed(text: $text, source: $source) {
    seed
    knownEntities
    sentences {
      start
      end
    }
    mentions {
      entityId
      alternatives
      candidate
      type
      start
      end
      sentence
    }
    candidates {
      id
      name
      aliases
      type
      confidence
      cue {
        text
      }
      mentions
    }
    suggestions {
      type
      from
      to
      speaker
      status
      rule
      sentence
      quote
      inSeed
    }
  }
}
    `) as unknown as TypedDocumentString<DraftSeedQuery, DraftSeedQueryVariables>;
export const GraphTypesDocument = new TypedDocumentString(`
    query GraphTypes {
  stats {
    byType {
      key
    }
    byRelationType {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<GraphTypesQuery, GraphTypesQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($limit: Int) {
  graph(limit: $limit) {
    nodes {
      id
      type
      name
      aliases
      description
      properties
      degree
      sources {
        id
      }
      position {
        x
        y
      }
      layout {
        x
        y
      }
    }
    edges {
      id
      type
      from {
        id
      }
      to {
        id
      }
      properties
      evidence {
        quote
        source {
          id
        }
      }
    }
    truncated
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $limit: Int) {
  neighborhood(id: $id, depth: 1, limit: $limit) {
    nodes {
      id
      type
      name
      aliases
      description
      properties
      degree
      sources {
        id
      }
      position {
        x
        y
      }
      layout {
        x
        y
      }
    }
    edges {
      id
      type
      from {
        id
        name
        type
      }
      to {
        id
        name
        type
      }
      properties
      evidence {
        quote
        source {
          id
          title
          url
          publisher
          publishedAt
          language
        }
      }
    }
    truncated
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const ShortestPathDocument = new TypedDocumentString(`
    query ShortestPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) {
    nodes {
      id
      type
      name
      aliases
      description
      properties
      degree
      sources {
        id
      }
      position {
        x
        y
      }
      layout {
        x
        y
      }
    }
    edges {
      id
      type
      from {
        id
        name
        type
      }
      to {
        id
        name
        type
      }
      properties
      evidence {
        quote
        source {
          id
          title
          url
          publisher
          publishedAt
          language
        }
      }
    }
    truncated
  }
}
    `) as unknown as TypedDocumentString<ShortestPathQuery, ShortestPathQueryVariables>;
export const EntityBatchDocument = new TypedDocumentString(`
    query EntityBatch($id0: ID!, $id1: ID!, $id2: ID!, $id3: ID!, $id4: ID!, $id5: ID!, $id6: ID!, $id7: ID!, $id8: ID!, $id9: ID!) {
  e0: entity(id: $id0) {
    id
    type
    name
    aliases
    description
    properties
    degree
    sources {
      id
    }
    position {
      x
      y
    }
    layout {
      x
      y
    }
  }
  e1: entity(id: $id1) {
    id
    type
    name
    aliases
    description
    properties
    degree
    sources {
      id
    }
    position {
      x
      y
    }
    layout {
      x
      y
    }
  }
  e2: entity(id: $id2) {
    id
    type
    name
    aliases
    description
    properties
    degree
    sources {
      id
    }
    position {
      x
      y
    }
    layout {
      x
      y
    }
  }
  e3: entity(id: $id3) {
    id
    type
    name
    aliases
    description
    properties
    degree
    sources {
      id
    }
    position {
      x
      y
    }
    layout {
      x
      y
    }
  }
  e4: entity(id: $id4) {
    id
    type
    name
    aliases
    description
    properties
    degree
    sources {
      id
    }
    position {
      x
      y
    }
    layout {
      x
      y
    }
  }
  e5: entity(id: $id5) {
    id
    type
    name
    aliases
    description
    properties
    degree
    sources {
      id
    }
    position {
      x
      y
    }
    layout {
      x
      y
    }
  }
  e6: entity(id: $id6) {
    id
    type
    name
    aliases
    description
    properties
    degree
    sources {
      id
    }
    position {
      x
      y
    }
    layout {
      x
      y
    }
  }
  e7: entity(id: $id7) {
    id
    type
    name
    aliases
    description
    properties
    degree
    sources {
      id
    }
    position {
      x
      y
    }
    layout {
      x
      y
    }
  }
  e8: entity(id: $id8) {
    id
    type
    name
    aliases
    description
    properties
    degree
    sources {
      id
    }
    position {
      x
      y
    }
    layout {
      x
      y
    }
  }
  e9: entity(id: $id9) {
    id
    type
    name
    aliases
    description
    properties
    degree
    sources {
      id
    }
    position {
      x
      y
    }
    layout {
      x
      y
    }
  }
}
    `) as unknown as TypedDocumentString<EntityBatchQuery, EntityBatchQueryVariables>;
export const SourcesDocument = new TypedDocumentString(`
    query Sources {
  sources {
    id
    title
    url
    publisher
    publishedAt
    language
    entityCount
    relationCount
  }
}
    `) as unknown as TypedDocumentString<SourcesQuery, SourcesQueryVariables>;