// Global setup of the bench project: when the run ends, prints ONE table of every comparison row
// (project beside baseline) that the bench files wrote during the run, with writeComparison().
// It also writes them together to bench-results/comparison-table-<timestamp>.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatComparison, loadAverage, RESULTS_DIR, writeBenchResult, type ComparisonRow } from './results';

interface Written {
  bench: string;
  writtenAt: string;
  loadAverage: number[];
  rows: ComparisonRow[];
}

export default function setup() {
  const startedAt = new Date();
  return () => {
    let files: string[] = [];
    try {
      files = readdirSync(RESULTS_DIR).filter((file) => /^comparison-(?!table-).*\.json$/.test(file));
    } catch {
      return; // no bench wrote anything
    }
    const written = files
      .map((file) => JSON.parse(readFileSync(join(RESULTS_DIR, file), 'utf8')) as Written)
      .filter((result) => new Date(result.writtenAt) >= startedAt)
      .sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
    if (written.length === 0) return;
    const rows = written.flatMap((result) => result.rows);
    const path = writeBenchResult('comparison-table', { startedAt: startedAt.toISOString(), loadAverageAtEnd: loadAverage(), rows });
    console.log(
      [
        '',
        `Project against its baselines (ratio = project ÷ baseline), ${written.map((w) => w.bench).join(', ')}:`,
        '',
        formatComparison(rows),
        '',
        `load average (1/5/15 min) when each bench wrote: ${written.map((w) => `${w.bench} ${w.loadAverage.join(' ')}`).join('; ')}`,
        `results: ${path}`,
        '',
      ].join('\n'),
    );
  };
}
