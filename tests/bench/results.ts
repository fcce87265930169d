// Shared by the benchmarks: where results go (bench-results/<name>-<timestamp>.json, ignored by
// git), what machine they came from, and a plain-text table for the console.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RESULTS_DIR = join(REPO_ROOT, 'bench-results');

/** The 1, 5 and 15 minute load averages: on a shared machine they say how noisy a run was. */
export function loadAverage(): [number, number, number] {
  const [one, five, fifteen] = readFileSync('/proc/loadavg', 'utf8').split(' ').map(Number);
  return [one ?? NaN, five ?? NaN, fifteen ?? NaN];
}

/** Linux CPU pressure: the share of time (%) some runnable task waited for a CPU, over 10 and 60 s. */
export function cpuPressure(): { avg10: number; avg60: number } | null {
  try {
    const some = /^some avg10=([\d.]+) avg60=([\d.]+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'));
    return some ? { avg10: Number(some[1]), avg60: Number(some[2]) } : null;
  } catch {
    return null; // kernel without PSI
  }
}

function git(...args: string[]): string | null {
  const result = spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** What the numbers depend on besides the code: cores, memory, Node, and which commit ran. */
export function machineInfo() {
  const status = git('status', '--porcelain', '--untracked-files=no');
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryMB: Math.round(totalmem() / 2 ** 20),
    node: process.version,
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedChanges: status === null ? null : status.length > 0,
  };
}

/** Writes `result` as bench-results/<name>-<timestamp>.json and returns the path. */
export function writeBenchResult(name: string, result: object, at = new Date()): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}-${at.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(path, `${JSON.stringify({ name, writtenAt: at.toISOString(), machine: machineInfo(), ...result }, null, 2)}\n`);
  return path;
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const numeric = header.map((_, column) =>
    rows.every((row) => typeof row[column] === 'number' || /^[\d.,\s%+-]*$/.test(String(row[column]))),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => (numeric[column] && column > 0 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** One figure of a comparison: a median and a 99th percentile, or one value (p99 null). */
export interface Figure {
  p50: number;
  p99: number | null;
}

/**
 * One row of the table `npm run bench` ends with: the project beside its baseline. The ratio
 * printed is project ÷ baseline, for p50 and p99 (below 1 is better for times, above 1 for req/s).
 */
export interface ComparisonRow {
  /** What is measured, e.g. "1-hop neighborhood, 200 random entities". */
  measure: string;
  unit: 'ms' | 's' | 'req/s';
  project: Figure;
  /** What the project is compared with, e.g. "bare driver executeQuery". */
  baselineName: string;
  baseline: Figure | null;
  /** Issue 12's goal for the row, as text. */
  goal?: string;
  /** Errors, sample count, anything the figures alone do not say. */
  note?: string;
}

/**
 * Writes bench-results/comparison-<bench>-<timestamp>.json. At the end of a `npm run bench` run,
 * tests/bench/comparison-table.ts prints every row written during the run in one table.
 */
export function writeComparison(bench: string, rows: ComparisonRow[], extra: object = {}): string {
  return writeBenchResult(`comparison-${bench}`, { bench, loadAverage: loadAverage(), cpuPressure: cpuPressure(), ...extra, rows });
}

const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100);
const ratio = (project: number | null, baseline: number | null | undefined) =>
  project === null || baseline === null || baseline === undefined || baseline === 0 ? '' : `${(project / baseline).toFixed(2)}×`;

/** The comparison rows as one plain-text table (also used for docs/benchmarks.md). */
export function formatComparison(rows: ComparisonRow[]): string {
  return formatTable(
    ['measure', 'unit', 'project p50', 'p99', 'baseline', 'baseline p50', 'p99', 'ratio p50', 'ratio p99', 'goal', 'note'],
    rows.map((row) => [
      row.measure,
      row.unit,
      round(row.project.p50),
      row.project.p99 === null ? '' : round(row.project.p99),
      row.baselineName,
      row.baseline ? round(row.baseline.p50) : '',
      row.baseline?.p99 === null || row.baseline === null ? '' : round(row.baseline.p99),
      ratio(row.project.p50, row.baseline?.p50),
      ratio(row.project.p99, row.baseline?.p99),
      row.goal ?? '',
      row.note ?? '',
    ]),
  );
}
