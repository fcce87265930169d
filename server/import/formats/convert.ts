// Stage 1 of the pipeline: any accepted format → a seed candidate (still to be validated), plus
// `locate`, which maps an error on the seed back to where it is in the user's file.
import type { SeedFormat } from '../types';
import { csvToSeed, type Converted } from './csv-convert';
import { cytoscapeToSeed, type CytoscapeOptions } from './cytoscape-convert';
import { gexfToSeed } from './gexf-convert';
import { graphmlToSeed } from './graphml-convert';
import { identity } from './locate';

/** Pure: JSON seeds are already seed candidates; CSV, Cytoscape JSON, GraphML and GEXF are converted. */
export function convert(input: unknown, format: SeedFormat, mapping: CytoscapeOptions = {}): Converted {
  if (format === 'csv') return csvToSeed(input);
  if (format === 'cytoscape') return cytoscapeToSeed(input, mapping);
  if (format === 'graphml') return graphmlToSeed(input);
  if (format === 'gexf') return gexfToSeed(input);
  return { file: input, errors: [], locate: identity };
}
