// A command run as a user runs it (a child process), and what it printed and how it exited.
import { spawn } from 'node:child_process';
import { inject } from 'vitest';

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

type Env = Record<string, string | undefined>;

/** The tier's test Neo4j, as a CLI reads it from the environment (never the shell's NEO4J_*). */
export function testNeo4jEnv(): Env {
  return {
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USER: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    NEO4J_DATABASE: undefined, // the test Neo4j's default database, whatever the shell exports
  };
}

export function runCommand(command: string, args: string[], env: Env = {}): Promise<CommandResult> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}
