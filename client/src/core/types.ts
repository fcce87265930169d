// Plain data shapes shared by the state layer, the API client and the views.

export type PropertyValue = string | number | boolean | string[] | number[] | boolean[];
export type Properties = Record<string, PropertyValue>;

export interface SourceInfo {
  id: string;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
  language?: string | null;
}

export interface EvidenceItem {
  source: SourceInfo;
  quote?: string | null;
}

export interface GraphNode {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  description?: string | null;
  properties: Properties;
  degree: number;
  /** Ids of the sources that mention this entity (for the source filter). */
  sources: string[];
}

export interface GraphEdge {
  /** The API's relation id, `<from>|<TYPE>|<to>`. */
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Properties;
  evidence: EvidenceItem[];
}

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
