// What the bench page sends its layout-engine worker, and what comes back.

export type EngineName = 'fcose-draft' | 'fcose-refined' | 'forceatlas2';

export interface EngineGraph {
  nodes: string[];
  edges: [string, string][];
}

export interface EngineReply {
  name: EngineName;
  /** Time inside the worker, from receiving the graph to having every position. */
  layoutMs: number;
  /** Edge length spread (stddev / mean of laid-out edge lengths): lower reads better. */
  edgeLengthSpread: number;
  /** Share of nodes (sampled) with another within 10 px, when the mean edge is drawn 60 px long: piled up. */
  overlapShare: number;
}
