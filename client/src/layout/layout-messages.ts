// Messages between the page and the fcose layout worker.

export interface LayoutRequest {
  id: number;
  nodes: { id: string; size: number }[];
  edges: { source: string; target: string }[];
  /** Also run the slower quality pass after the draft. */
  refine: boolean;
  /** Seeds the layout's random numbers: the same graph gets the same picture. */
  seed: number;
}

export interface LayoutReply {
  id: number;
  phase: 'draft' | 'refined';
  positions: Record<string, { x: number; y: number }>;
  final: boolean;
}
