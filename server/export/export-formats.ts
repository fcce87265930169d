// `npm run export` formats: the whole graph as text in each format Jejaring also reads back.
import type { Executor } from '../db/executor';
import { toGexf, toGraphml } from '../../client/src/core/graph-xml';
import { exportCytoscape } from '../import';
import { exportSeed } from './export-seed';

export const EXPORT_FORMATS = ['seed', 'cytoscape', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export async function exportText(executor: Executor, format: ExportFormat): Promise<string> {
  if (format === 'cytoscape') return `${JSON.stringify(await exportCytoscape(executor), null, 2)}\n`;
  const seed = await exportSeed(executor);
  if (format === 'graphml') return toGraphml(seed);
  if (format === 'gexf') return toGexf(seed);
  return `${JSON.stringify(seed, null, 2)}\n`;
}
