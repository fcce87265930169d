// Node side of the bundled Neo4j: builds the Java launcher once (Maven), caches the build,
// and starts a real embedded Neo4j 5.26 DBMS with Bolt on, bound to loopback.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const launcherDir = fileURLToPath(new URL('.', import.meta.url));
const targetDir = join(launcherDir, 'target');
const stampFile = join(targetDir, '.build-stamp');
const javaSource = join(launcherDir, 'src/main/java/dev/jejaring/neo4j/Launcher.java');

export interface BundledNeo4jOptions {
  dataDir: string;
  port: number;
  host?: string;
  /** JVM max heap, e.g. "1g". */
  heap?: string;
  pageCache?: string;
  /** Lines Neo4j prints (its own log) go here; defaults to dropping them. */
  onLog?: (line: string) => void;
  readyTimeoutMs?: number;
}

export interface BundledNeo4j {
  uri: string;
  pid: number;
  /** Stops the DBMS cleanly (SIGTERM) and resolves when the JVM has exited. */
  stop(): Promise<void>;
  /** Resolves with the exit code when the process exits for any reason. */
  exited: Promise<number | null>;
  /** Resolves with the exit code or the signal that ended the process. */
  exitStatus: Promise<ExitStatus>;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class LauncherError extends Error {}

function buildStamp(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(launcherDir, 'pom.xml')));
  hash.update(readFileSync(javaSource));
  return hash.digest('hex');
}

export function isLauncherBuilt(): boolean {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === buildStamp();
}

/** Builds with Maven unless the cached build matches the sources. Later starts need no network. */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): void {
  if (isLauncherBuilt()) return;
  if (spawnSync('mvn', ['-v'], { stdio: 'ignore' }).error) {
    throw new LauncherError('Maven (mvn) is not on PATH: install Java 17+ and Maven, or set NEO4J_URI to use another Neo4j.');
  }
  log('building the bundled Neo4j launcher with Maven (first run only)…');
  const result = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: launcherDir, encoding: 'utf8' });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-20).join('\n');
    throw new LauncherError(`Maven could not build the Neo4j launcher (exit ${result.status}):\n${output}`);
  }
  writeFileSync(stampFile, buildStamp());
}

function javaArgs(options: BundledNeo4jOptions, host: string): string[] {
  return [
    `-Xmx${options.heap ?? '1g'}`,
    '-XX:+UseG1GC',
    '-cp',
    `${join(targetDir, 'classes')}:${join(targetDir, 'lib', '*')}`,
    'dev.jejaring.neo4j.Launcher',
    '--data',
    resolve(options.dataDir),
    '--host',
    host,
    '--port',
    String(options.port),
    '--page-cache',
    options.pageCache ?? '256m',
    // The JVM watches this pid and stops itself when we die: no orphaned JVMs.
    '--parent-pid',
    String(process.pid),
  ];
}

/** Starts the bundled Neo4j and resolves once it accepts Bolt connections. */
export async function startBundledNeo4j(options: BundledNeo4jOptions): Promise<BundledNeo4j> {
  ensureLauncherBuilt(options.onLog);
  mkdirSync(options.dataDir, { recursive: true });
  const host = options.host ?? '127.0.0.1';
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const child = spawn('java', javaArgs(options, host), { stdio: ['ignore', 'pipe', 'pipe'] });
  const uri = `bolt://${host}:${options.port}`;
  const exitStatus = new Promise<ExitStatus>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const exited = exitStatus.then((status) => status.code);
  const tail: string[] = [];

  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new LauncherError(`Neo4j did not become ready within ${readyTimeoutMs} ms`));
    }, readyTimeoutMs);
    // Whole lines only: the ready line may arrive split across two chunks. Lines keep flowing to
    // onLog after start-up; settling the promise again is a no-op.
    pipeLines(child, (line) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      options.onLog?.(line);
      if (line.includes('neo4j ready')) {
        clearTimeout(timer);
        ready();
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(new LauncherError(`could not start java: ${error.message} (install Java 17+, or set NEO4J_URI)`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new LauncherError(`Neo4j exited before it was ready (exit ${code}):\n${explain(tail)}`));
    });
  });

  return {
    uri,
    pid: child.pid ?? -1,
    exited,
    exitStatus,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

function pipeLines(child: ChildProcess, onLine: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) onLine(line);
    });
  }
}

/** Turns the usual start-up failures into one line a person can act on. */
function explain(tail: string[]): string {
  const text = tail.join('\n');
  if (/Address already in use|BindException/.test(text))
    return 'the Bolt port is already in use (set NEO4J_BOLT_PORT, or stop the other Neo4j)';
  if (/FileLockException|Lock file has been locked/.test(text)) return 'the data directory is in use by another Neo4j process';
  return tail.slice(-8).join('\n');
}
