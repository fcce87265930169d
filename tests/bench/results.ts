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
