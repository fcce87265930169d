// Issue 8, point 1: one anonymous query must not take the server down. The real server
// (server/main.ts) as a child process on a graph big enough to hurt; each bomb must be refused
// fast with a code and a 4xx, the process must stay up, and its RSS under 500 MB.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../server/db/driver';
import { Executor } from '../../server/db/executor';
import { ensureSchema } from '../../server/db/schema-setup';
import { ensureClientBuilt } from '../../server/http/client-build';
import { generateSeed } from '../fixtures/generate-seed';
import { freePort } from '../helpers/free-port';
import { loadSeed } from '../helpers/load-seed';
import { resetDatabase } from '../helpers/test-app';

const RSS_LIMIT_MB = 500;
/** "Refused fast": well under a second on an idle machine; margin for a shared, busy one. */
const FAST_MS = 3_000;

const BOMB = '{ graph(limit:5000){ nodes{ relations(limit:500){ to{ relations(limit:500){ to{ relations(limit:500){ id } } } } } } } }';
const NESTED = 'relations(limit:500){ to{ relations(limit:500){ to{ relations(limit:500){ id } } } } }';
const fanOut = (levels: number) =>
  `query { entity(id: "gen-entity-1") { ...F0 } } ` +
  Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Entity { relations(limit: 500) { to { ...F${i + 1} } } ... on Entity { ...F${i + 1} } }`,
  ).join(' ') +
  ` fragment F${levels} on Entity { id name }`;

/** The bomb of the issue and its variants: each is [name, body]. */
const BOMBS: [string, { query: string; variables?: Record<string, unknown> }][] = [
  ['the bomb of issue 8', { query: BOMB }],
  [
    '15 aliases of it (2 KB)',
    { query: `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: graph(limit:5000){ nodes{ ${NESTED} } }`).join(' ')} }` },
  ],
  [
    'named fragments',
    {
      query: `{ graph(limit:5000){ ...G } } fragment G on Subgraph { nodes { ...N } } fragment N on Entity { relations(limit:500){ to { ...M } } } fragment M on Entity { relations(limit:500){ to { relations(limit:500){ id } } } }`,
    },
  ],
  ['inline fragments', { query: `{ graph(limit:5000){ ... on Subgraph { nodes { ... on Entity { ${NESTED} } } } } }` }],
  [
    'limits as variables',
    {
      query:
        'query($g: Int, $r: Int) { graph(limit:$g){ nodes{ relations(limit:$r){ to{ relations(limit:$r){ to{ relations(limit:$r){ id } } } } } } } }',
      variables: { g: 5000, r: 500 },
    },
  ],
  [
    'limits as variable defaults',
    {
      query: 'query($g: Int = 5000, $r: Int = 500) { graph(limit:$g){ nodes{ relations(limit:$r){ to{ relations(limit:$r){ id } } } } } }',
    },
  ],
  ['no limits at all (SDL defaults)', { query: '{ graph { nodes { relations { to { relations { to { relations { id } } } } } } } }' }],
  ['neighborhood, depth 3', { query: `{ neighborhood(id: "gen-entity-1", depth: 3, limit: 2000){ nodes{ ${NESTED} } } }` }],
  ['entities, first 500', { query: `{ entities(first: 500){ edges { node { ${NESTED} } } } }` }],
  ['search, limit 100', { query: `{ search(query: "gen", limit: 100){ entity { ${NESTED} } } }` }],
  ['@include / @skip on the heavy fields', { query: `{ graph(limit:5000) @include(if: true) { nodes @skip(if: false) { ${NESTED} } } }` }],
  ['deep nesting', { query: `{ entity(id: "gen-entity-1") { ${'relations { to { '.repeat(6)}id${' } }'.repeat(6)} } }` }],
  [
    'a large literal list',
    { query: `{ graph(limit: 5000, types: [${Array.from({ length: 2000 }, (_, i) => `"T${i}"`).join(',')}]) { nodes { id } } }` },
  ],
  ['fragments spread exponentially', { query: fanOut(30) }],
  [
    'nested introspection',
    { query: `{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }` },
  ],
];

function rssMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]) / 1024;
}

describe('query bombs against the real server', () => {
  let server: ChildProcess;
  let base: string;
  let output = '';
  let exited: Promise<number | null>;

  beforeAll(async () => {
    // A graph of 600 entities and 3,000 relations: the bomb of the issue builds hundreds of MB on it.
    const uri = inject('neo4jUri');
    const driver = createDriver({ uri, user: inject('neo4jUser'), password: inject('neo4jPassword') });
    const executor = new Executor(driver, { timeoutMs: 120_000 });
    try {
      await resetDatabase(executor);
      await ensureSchema(executor);
      await loadSeed(executor, generateSeed(3000, 'gen'));
    } finally {
      await driver.close();
    }
    // Built here, not in the child: a vite build inside the server would be most of its RSS.
    await ensureClientBuilt(() => {});
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NEO4J_URI: uri,
        NEO4J_USER: inject('neo4jUser'),
        NEO4J_PASSWORD: inject('neo4jPassword'),
        AUTO_SEED: 'false',
        PORT: String(port),
        HOST: '127.0.0.1',
        API_TOKEN: 'a-fault-test-token-0123456789',
        LOG_LEVEL: 'warn',
      },
    });
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    exited = new Promise((resolve) => server.once('exit', (code) => resolve(code)));
    // The first start may build the client (vite); poll with a deadline.
    const deadline = Date.now() + 150_000;
    while ((await health()) !== 200) {
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // The graph is there: an honest query on it works.
    const stats = await post({ query: '{ stats { entityCount relationCount } }' });
    expect(stats.body.data).toEqual({ stats: { entityCount: 600, relationCount: 3000 } });
  });

  afterAll(async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  });

  async function health(): Promise<number> {
    try {
      return (await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) })).status;
    } catch {
      return 0;
    }
  }

  async function post(payload: { query: string; variables?: Record<string, unknown> }) {
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      // Bounded: on the unfixed server a bomb runs for minutes (or until the heap runs out).
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    return { status: response.status, body, bytes: text.length, ms: performance.now() - started };
  }

  it.each(BOMBS)('refuses %s fast, with a code and a 4xx, and stays small and up', async (_name, payload) => {
    const answer = await post(payload);
    expect({ status: answer.status, data: answer.body.data, bytes: answer.bytes < 2_000 }).toEqual({
      status: 400,
      data: undefined,
      bytes: true,
    });
    expect(answer.body.errors?.[0]?.extensions?.code).toMatch(/_LIMIT_EXCEEDED$|^RESULT_TOO_LARGE$/);
    expect(answer.body.errors?.[0]?.message).toMatch(/limit|depth|most one response/i);
    expect(answer.ms).toBeLessThan(FAST_MS);
    expect(rssMb(server.pid!)).toBeLessThan(RSS_LIMIT_MB);
    expect(await health()).toBe(200);
  });

  it('is still up, and still answers honest queries, after all of them at once', async () => {
    const answers = await Promise.all(BOMBS.map(([, payload]) => post(payload)));
    expect(answers.map((answer) => answer.status)).toEqual(BOMBS.map(() => 400));
    expect(rssMb(server.pid!)).toBeLessThan(RSS_LIMIT_MB);
    expect(await health()).toBe(200);
    const honest = await post({ query: '{ graph(limit: 5000) { nodes { id } edges { id } truncated } }' });
    expect(honest.status).toBe(200);
    expect((honest.body.data as { graph: { nodes: unknown[] } }).graph.nodes).toHaveLength(600);
    expect(server.exitCode, output).toBeNull();
  });
});
