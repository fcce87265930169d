// Plain data shapes shared by the state layer, the API client and the views. Where they describe
// API data they derive from the types generated for the client's GraphQL fragments
// (api/operations/fragments.graphql), so a change of the SDL or of a fragment reaches them.
import type { EdgeFieldsFragment, NodeFieldsFragment, ReportFieldsFragment, SeedFormat, SourceFieldsFragment } from '../generated';

export type PropertyValue = string | number | boolean | string[] | number[] | boolean[];
export type Properties = Record<string, PropertyValue>;

/** A source (article); only the id is sure to be known (evidence may cite a source by id alone). */
export type SourceInfo = Pick<SourceFieldsFragment, 'id'> & Partial<Omit<SourceFieldsFragment, 'id'>>;

type ApiEvidence = EdgeFieldsFragment['evidence'][number];
export interface EvidenceItem {
  source: SourceInfo;
  quote?: ApiEvidence['quote'];
}

/** An entity: the API's fields, with properties as an object and its sources as ids. */
export type GraphNode = Omit<NodeFieldsFragment, 'description' | 'properties' | 'sources' | 'position' | 'layout'> & {
  description?: NodeFieldsFragment['description'];
  /** Where the imported file drew it: the initial layout when every drawn node has one. */
  position?: { x: number; y: number } | null;
  /** Where the server's stored layout puts it (core/stored-positions.ts). */
  layout?: { x: number; y: number } | null;
  properties: Properties;
  /** Ids of the sources that mention this entity (for the source filter). */
  sources: string[];
};

/** A relation as the canvas draws it: `source`/`target` ids instead of the API's from/to objects. */
export type GraphEdge = Pick<EdgeFieldsFragment, 'id' | 'type'> & {
  source: string;
  target: string;
  properties: Properties;
  evidence: EvidenceItem[];
};

/** A relation as the API answers it (from/to with names), for the details panel's lists. */
export type ApiRelation = Omit<EdgeFieldsFragment, 'properties'> & { properties: Properties };

/** What a seed load did: every field of the API's ImportReport. */
export type ImportReport = ReportFieldsFragment;

/** An entity with its relations and the sources that mention it (the details panel). */
export interface EntityDetails {
  node: GraphNode;
  relations: ApiRelation[];
  /** The relations this entity claimed or assessed (`claimedBy`). */
  statements: ApiRelation[];
  sources: SourceInfo[];
}

/** The details panel's view of one entity's details: fetched by app/, rendered by the view. */
export type DetailsEntry =
  { status: 'loading' } | { status: 'loaded'; details: EntityDetails | null } | { status: 'failed'; message: string };

export interface SearchResult {
  node: GraphNode;
  score: number;
  matched: string | null;
}

/** What /readyz says: the server and Neo4j answer, Neo4j is down, or the server is gone. */
export type Readiness = 'ready' | 'database-down' | 'server-down';

/** A load the import dialog asks for (the token is the user's API token). */
export interface ImportRequest {
  seed: unknown;
  format: SeedFormat;
  dryRun: boolean;
  token: string;
  /** Cytoscape: the node column that holds the entity type, and the type of nodes without one. */
  typeFrom?: string | undefined;
  defaultType?: string | undefined;
}

export type ImportOutcome = { kind: 'report'; report: ImportReport } | { kind: 'refused' } | { kind: 'failed'; message: string };

/** What came back from one neighbourhood query: the neighbours in the server's order. */
export interface Neighbourhood {
  ids: string[];
  truncated: boolean;
}

/** Everything the client has fetched so far. It only grows; the view state decides what is shown. */
export interface GraphData {
  nodes: Record<string, GraphNode>;
  edges: Record<string, GraphEdge>;
  /** Ids returned by the overview query (`graph`), most connected first. */
  overview: string[];
  overviewTruncated: boolean;
  neighbourhoods: Record<string, Neighbourhood>;
  sources: Record<string, SourceInfo>;
}

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst' | 'circle' | 'grid';
export const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'];

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;
