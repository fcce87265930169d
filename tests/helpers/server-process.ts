// `npm start` (or server/main.ts) as a real child process with its own bundled Neo4j, ports and
// data directory, for fault tests that kill, freeze and signal processes. Loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

export const FAULT_TOKEN = 'fault-test-token-0123456789';

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  dataDir: string;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Kills what is left of the tree (SIGCONT first, in case a test froze it) and removes the data. */
  cleanup(): Promise<void>;
}

/**
 * `how: 'npm'` runs `npm start` in its own process group (so every process of the tree can be
 * found); `how: 'node'` runs server/main.ts directly.
 */
export async function startServerProcess(how: 'npm' | 'node', env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'jejaring-fault-'));
  const fullEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: String(port),
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_DATA_DIR: dataDir,
    NEO4J_HEAP: '512m',
    AUTO_SEED: 'false',
    API_TOKEN: FAULT_TOKEN,
    ...env,
  };
  const [command, args] = how === 'npm' ? ['npm', ['start', '--silent']] : [process.execPath, ['--import', 'tsx', 'server/main.ts']];
  const child = spawn(command, args, { env: fullEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const groupId = child.pid ?? -1;
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    output: () => output,
    exit,
    async cleanup() {
      for (const pid of processGroup(groupId)) signal(pid, 'SIGCONT');
      for (const pid of processGroup(groupId)) signal(pid, 'SIGKILL');
      await waitFor(() => processGroup(groupId).length === 0, 10_000);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

interface ProcInfo {
  pid: number;
  ppid: number;
  pgid: number;
  state: string;
  cmdline: string;
}

/** Every live (not zombie) process, read from /proc. */
export function processes(): ProcInfo[] {
  const list: ProcInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      list.push({ pid: Number(entry), state: fields[0] ?? '', ppid: Number(fields[1]), pgid: Number(fields[2]), cmdline });
    } catch {
      // Exited while we read.
    }
  }
  return list.filter((p) => p.state !== 'Z');
}

export const processGroup = (pgid: number) =>
  processes()
    .filter((p) => p.pgid === pgid)
    .map((p) => p.pid);

export const isAlive = (pid: number) => processes().some((p) => p.pid === pid);

/** The bundled JVM serving this data directory. */
export function javaPid(dataDir: string): number | undefined {
  return processes().find((p) => p.cmdline.includes('dev.jejaring.neo4j.Launcher') && p.cmdline.includes(`--data ${dataDir} `))?.pid;
}

/** Polls `condition` every 50 ms; true once it holds, false when the deadline passes first. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface Timed<T> {
  value: T;
  ms: number;
}

export async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** HTTP status, or 0 when nothing answered (the client gives up after `timeoutMs`). */
export async function statusOf(url: string, timeoutMs = 5_000): Promise<number> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })).status;
  } catch {
    return 0;
  }
}

export interface GraphQLReply {
  status: number;
  data?: Record<string, unknown> | null;
  code?: string;
}

/** One GraphQL POST; `code` is the first error's extensions.code ('NO_ANSWER' when the client gave up). */
export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMs = 30_000,
): Promise<GraphQLReply> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${FAULT_TOKEN}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, data: body.data, code: body.errors?.[0]?.extensions?.code };
  } catch {
    return { status: 0, code: 'NO_ANSWER' };
  }
}
