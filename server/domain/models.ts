// Plain payloads that the read queries (server/queries/read) produce from Neo4j rows; the GraphQL
// types map to them (codegen mappers). Fields left undefined are filled by the per-request batch loaders.
import type { Entity } from './entity';
import type { Properties } from './values';

/** An entity as the API returns it: the shared Entity shape, with null for "no description". */
export interface EntityModel extends Omit<Entity, 'description'> {
  description: string | null;
  /** Undefined when the query that produced the entity did not compute it. */
  degree?: number | undefined;
  /** Ids of the sources that mention it (every entity payload has them). */
  sourceIds: string[];
  /** The sources themselves, when the query returned them too (subgraphs). */
  sources?: SourceModel[] | undefined;
  /** The stored layout's position (internal `_lx`, `_ly`, written by server/layout/). */
  layout?: { x: number; y: number } | undefined;
}

export interface EvidenceModel {
  sourceId: string;
  quote: string | null;
  /** Present when the query returned the source too (subgraphs). */
  source?: SourceModel | undefined;
}

export interface RelationModel {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  /** Present when the query returned the end entities too. */
  from?: EntityModel | undefined;
  to?: EntityModel | undefined;
  properties: Properties;
  evidence: EvidenceModel[];
}

export interface SourceModel {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  language: string | null;
  entityCount?: number | undefined;
  relationCount?: number | undefined;
}

export interface SubgraphModel {
  nodes: EntityModel[];
  edges: RelationModel[];
  truncated: boolean;
}

export interface SearchHitModel {
  entity: EntityModel;
  score: number;
  matched: string | null;
}

/** A source with its full text (Query.article); sentences, mentions and quotes resolve from it. */
export interface ArticleModel {
  source: SourceModel;
  text: string | null;
}
