// Memory and CPU of other processes, read from Linux's /proc: the server under load and the JVM.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process is gone, or belongs to another user
  }
}

function pids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** Fields of /proc/<pid>/stat after the command name (which may itself hold spaces and parentheses). */
function statFields(pid: number): string[] | null {
  const stat = read(`/proc/${pid}/stat`);
  return stat === null ? null : stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** The executable a process runs, or null when it is gone or not ours. */
export function executable(pid: number): string | null {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
}

/** Resident set size in bytes (VmRSS), or null when the process is gone. */
export function rssBytes(pid: number): number | null {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(read(`/proc/${pid}/status`) ?? '')?.[1];
  return kb === undefined ? null : Number(kb) * 1024;
}

/**
 * Seconds the process's threads have spent running on a CPU and runnable but waiting for one
 * (/proc/<pid>/task/<tid>/schedstat): on a shared machine, the wait says how starved it was.
 * Threads that have exited are no longer counted, so differences are a lower bound.
 */
export function schedSeconds(pid: number): { run: number; wait: number } | null {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return null;
  }
  let run = 0;
  let wait = 0;
  for (const task of tasks) {
    const [runNs, waitNs] = (read(`/proc/${pid}/task/${task}/schedstat`) ?? '0 0').split(' ').map(Number);
    run += runNs ?? 0;
    wait += waitNs ?? 0;
  }
  return { run: run / 1e9, wait: wait / 1e9 };
}

/** `pid` and all its descendants. */
export function processTree(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const candidate of pids()) {
    const parent = statFields(candidate)?.[1];
    if (parent !== undefined) parentOf.set(candidate, Number(parent));
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i += 1) {
    for (const [child, parent] of parentOf) if (parent === tree[i]) tree.push(child);
  }
  return tree;
}

/** The process listening on a local TCP port, found by the socket's inode; null when none of ours is. */
export function listeningPid(port: number): number | null {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of (read(table) ?? '').split('\n').slice(1)) {
      const columns = line.trim().split(/\s+/);
      const localPort = columns[1]?.split(':')[1];
      // State 0A is LISTEN; column 9 is the socket's inode.
      if (localPort !== undefined && parseInt(localPort, 16) === port && columns[3] === '0A' && columns[9]) inodes.add(columns[9]);
    }
  }
  if (inodes.size === 0) return null;
  for (const pid of pids()) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode !== undefined && inodes.has(inode)) return pid;
    }
  }
  return null;
}
