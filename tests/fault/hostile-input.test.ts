// Issue 8, points 8–10: input the loader cannot store as written is refused with an error that
// says what and where, through the CLI (`npm run seed`, a real child process) and through the API
// (importSeed via app.fetch), and nothing is written. Property keys that are names on
// Object.prototype are ordinary keys: loaded, replaced and resolved like any other.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../server/db/schema-setup';
import { fingerprint } from '../fixtures/fingerprint';
import { createTestApp, resetDatabase, TEST_TOKEN, type TestApp } from '../helpers/test-app';
import { runCommand, type CommandResult, testNeo4jEnv } from '../helpers/run-command';

const SOURCE = { id: 'hostile-source', title: 'Hostile input' };
const seedWith = (name: string, properties: Record<string, unknown> = {}) => ({
  version: 1,
  sources: [SOURCE],
  entities: [{ id: 'hostile-entity', type: 'Person', name, properties }],
  relations: [],
});
/** 50 000 nested arrays in a property value (point 8). */
const DEEP = `${'['.repeat(50_000)}1${']'.repeat(50_000)}`;
const seedText = (propertyJson: string) =>
  `{"version":1,"sources":[{"id":"hostile-source","title":"Hostile input"}],\n"entities":[{"id":"hostile-entity","type":"Person","name":"Eve",\n"properties":{"value":${propertyJson}}}],"relations":[]}`;

function runSeed(args: string[]): Promise<CommandResult> {
  return runCommand('npm', ['run', '--silent', 'seed', '--', ...args], testNeo4jEnv());
}

const IMPORT =
  'mutation($seed: JSON!, $format: SeedFormat, $replace: Boolean) { importSeed(seed: $seed, format: $format, replace: $replace) { ok entitiesCreated entitiesUpdated errors { path message } } }';
interface ImportResult {
  importSeed: { ok: boolean; entitiesCreated: number; entitiesUpdated: number; errors: { path: string; message: string }[] };
}

describe('input that cannot be stored faithfully', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureSchema(t.executor);
    dir = mkdtempSync(join(tmpdir(), 'jejaring-hostile-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });
  beforeEach(() => resetDatabase(t.executor));

  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  /** Runs the CLI on `path` and expects a refusal naming `expected`, no stack trace, and no write. */
  const cliRefuses = async (path: string, expected: RegExp) => {
    const before = await fingerprint(t.executor);
    const run = await runSeed([path]);
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).toMatch(/nothing was written/);
    expect(run.stderr).not.toMatch(/RangeError|\n\s+at /);
    expect(run.code).toBe(1);
    expect(await fingerprint(t.executor)).toBe(before);
  };
  /** Sends `body` (a raw JSON request body) to importSeed and expects a refusal matching `expected`, and no write. */
  const apiRefuses = async (body: string | Uint8Array, expected: RegExp) => {
    const before = await fingerprint(t.executor);
    const response = await t.app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
      body,
    });
    const text = await response.text();
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|RangeError/);
    const json = JSON.parse(text) as { data?: ImportResult; errors?: unknown[] };
    expect(json.data?.importSeed.ok ?? false).toBe(false);
    expect(await fingerprint(t.executor)).toBe(before);
  };
  const request = (seed: string, format = 'JSON') =>
    `{"query":${JSON.stringify(IMPORT)},"variables":{"format":"${format}","seed":${seed}}}`;

  describe('invalid UTF-8 and lone surrogates', () => {
    const invalid = Buffer.concat([
      Buffer.from('{"version":1,"sources":[],\n"entities":[{"id":"hostile-entity","type":"Person","name":"Ev'),
      Buffer.from([0xff]),
      Buffer.from('e"}],"relations":[]}'),
    ]);

    it('CLI: a JSON file with a byte that is not UTF-8 names its line and column', async () => {
      await cliRefuses(file('bad-utf8.json', invalid), /bad-utf8\.json:2:62: invalid UTF-8 \(byte offset \d+: 0xff/);
    });

    it('CLI: a CSV file with a byte that is not UTF-8 names its line and column', async () => {
      const folder = join(dir, 'bad-csv');
      mkdirSync(folder, { recursive: true });
      // UTF-8 elsewhere in the file ("é"), so not read as Windows-1252 (docs/seed-format.md, "CSV").
      writeFileSync(
        join(folder, 'entities.csv'),
        Buffer.concat([Buffer.from('id,type,name\nhostile-entity,Person,Ev'), Buffer.from([0xc3, 0x28]), Buffer.from('é\n')]),
      );
      writeFileSync(join(folder, 'relations.csv'), 'from,type,to\n');
      await cliRefuses(folder, /entities\.csv:2:25: invalid UTF-8/);
    });

    it('CLI: a CSV file that is neither UTF-8 nor Windows-1252 names the byte offset', async () => {
      const folder = join(dir, 'bad-csv-1252');
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, 'entities.csv'),
        Buffer.concat([Buffer.from('id,type,name\nhostile-entity,Person,Ev'), Buffer.from([0xe9, 0x81])]),
      );
      writeFileSync(join(folder, 'relations.csv'), 'from,type,to\n');
      await cliRefuses(
        folder,
        /entities\.csv:2:26: neither UTF-8 \(byte offset 37: 0xe9\) nor Windows-1252 \(byte offset 38: 0x81 is undefined there\)/,
      );
    });

    it('CLI: a lone surrogate escape in a JSON file names its line and column', async () => {
      await cliRefuses(file('surrogate.json', seedText('"a\\ud800b"')), /surrogate\.json:3:25: lone surrogate/);
    });

    it('API: a request body that is not UTF-8 is refused with where it breaks', async () => {
      const body = Buffer.concat([
        Buffer.from(request('{"version":1,"sources":[],"entities":[{"id":"hostile-entity","type":"Person","name":"Ev')),
        Buffer.from([0xff]),
        Buffer.from('e"}],"relations":[]}}}'),
      ]);
      await apiRefuses(body, /not UTF-8.*line 1, column \d+/);
    });

    it('API: lone surrogates in JSON and in CSV text are refused with their place', async () => {
      await apiRefuses(request(seedText('"a\\ud800b"')), /entities\[0\]\.properties\.value.*lone surrogate U\+D800/);
      await apiRefuses(request(seedText('"x"').replace('"Eve"', '"\\udc00"')), /entities\[0\]\.name.*lone surrogate U\+DC00/);
      const csv = JSON.stringify({ entities: 'id,type,name\nhostile-entity,Person,E\ud800ve\n', relations: 'from,type,to\n' });
      await apiRefuses(request(csv, 'CSV'), /entities\.csv:2:24.*lone surrogate/);
    });
  });

  describe('edits through the API are held to the same rules', () => {
    const upsert = async (variables: Record<string, unknown>) => {
      const before = await fingerprint(t.executor);
      const response = await t.app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
        body: JSON.stringify({ query: 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', variables }),
      });
      const json = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
      expect(await fingerprint(t.executor)).toBe(before);
      return json.errors?.[0];
    };

    it('upsertEntity: a lone surrogate in the name is refused, not stored as U+FFFD', async () => {
      const error = await upsert({ input: { id: 'hostile-entity', type: 'Person', name: 'Ann \ud800' } });
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toMatch(/input\.name.*lone surrogate U\+D800/);
    });

    it('upsertEntity: an integer past 2^53 in a property is refused, not rounded', async () => {
      const body = `{"query":"mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }","variables":{"input":{"id":"hostile-entity","type":"Person","name":"Ann","properties":{"big":9007199254740993}}}}`;
      const before = await fingerprint(t.executor);
      const response = await t.app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
        body,
      });
      const json = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(json.errors?.[0]?.message).toMatch(/input\.properties\.big/);
      expect(await fingerprint(t.executor)).toBe(before);
    });
  });

  describe('numbers', () => {
    it.each([
      ['9007199254740993', /9007199254740993 is beyond ±9007199254740991/],
      ['-9007199254740993', /-9007199254740993 is beyond ±9007199254740991/],
      ['1e400', /1e400 is too large for a number/],
    ])('CLI: %s is refused with its line and column', async (number, expected) => {
      await cliRefuses(file(`number-${number}.json`, seedText(number)), new RegExp(`number-${number}\\.json:3:23: ${expected.source}`));
    });

    it.each([
      ['9007199254740993', /entities\[0\]\.properties\.value.*beyond ±9007199254740991/],
      ['1e400', /entities\[0\]\.properties\.value.*too large for a number/],
    ])('API: %s is refused with its JSON path', async (number, expected) => {
      await apiRefuses(request(seedText(number)), expected);
    });

    it('Cytoscape JSON is checked the same way', async () => {
      const cytoscape = '{"elements":{"nodes":[{"data":{"id":"hostile-entity","type":"Person","name":"Eve","value":9007199254740993}}]}}';
      await cliRefuses(file('cy.json', cytoscape), /cy\.json:1:\d+: 9007199254740993 is beyond/);
      await apiRefuses(request(cytoscape, 'CYTOSCAPE'), /elements\.nodes\[0\]\.data\.value.*beyond ±9007199254740991/);
    });
  });

  describe('nesting (point 8)', () => {
    it('CLI: 50 000 levels in a property value are refused, naming the limit, with no stack trace', async () => {
      await cliRefuses(file('deep.json', seedText(DEEP)), /deep\.json:3:\d+: nesting is deeper than 32 levels/);
    });

    it('API: 50 000 levels are refused, naming the limit, not INTERNAL_SERVER_ERROR', async () => {
      await apiRefuses(request(seedText(DEEP)), /nesting is deeper than 32 levels/);
    });
  });

  describe('keys that are names on Object.prototype (point 9)', () => {
    const PROTO_KEYS = { constructor: 'c', toString: 't', hasOwnProperty: 'h', valueOf: 'v' };
    const stored = async () =>
      (await t.executor.read({ cypher: 'MATCH (e:Entity) RETURN e.id AS id, properties(e) AS props ORDER BY id', params: {} })).map(
        (row) => {
          const props = row.props as Record<string, unknown>;
          return {
            id: row.id,
            ...Object.fromEntries(Object.keys(PROTO_KEYS).map((key) => [key, Object.hasOwn(props, key) ? props[key] : null])),
          };
        },
      );

    it('CLI: a CSV file with prop:constructor, prop:toString … loads them, and a second load changes nothing', async () => {
      const folder = join(dir, 'proto-csv');
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, 'entities.csv'),
        'id,type,name,prop:constructor,prop:toString,prop:hasOwnProperty,prop:valueOf\nhostile-entity,Person,Eve,c,t,h,v\n',
      );
      writeFileSync(join(folder, 'relations.csv'), 'from,type,to,prop:constructor\nhostile-entity,KNOWS,hostile-entity,c\n');
      const run = await runSeed([folder]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(await stored()).toEqual([{ id: 'hostile-entity', ...PROTO_KEYS }]);
      const again = await runSeed([folder]);
      expect(again.stdout).toMatch(/entities\s+0 created, 0 updated/);
    });

    it('API: --replace removes them when the file drops them', async () => {
      const load = async (properties: Record<string, unknown>, replace: boolean) =>
        (await t.graphql<ImportResult>(IMPORT, { seed: seedWith('Eve', properties), replace }, TEST_TOKEN)).data?.importSeed;
      expect(await load(PROTO_KEYS, false)).toMatchObject({ ok: true, entitiesCreated: 1 });
      expect(await load({}, true)).toMatchObject({ ok: true, entitiesUpdated: 1 });
      expect(await stored()).toEqual([{ id: 'hostile-entity', constructor: null, toString: null, hasOwnProperty: null, valueOf: null }]);
    });

    it('API: resolution copies them from the entity that resolved into an existing one', async () => {
      await t.graphql(IMPORT, { seed: seedWith('Eve Hostile') }, TEST_TOKEN);
      const other = {
        ...seedWith('Eve Hostile', PROTO_KEYS),
        entities: [{ id: 'eve-again', type: 'Person', name: 'Eve Hostile', properties: PROTO_KEYS }],
      };
      const report = (await t.graphql<ImportResult>(IMPORT, { seed: other }, TEST_TOKEN)).data?.importSeed;
      expect(report).toMatchObject({ ok: true, entitiesCreated: 0 });
      expect(await stored()).toEqual([{ id: 'hostile-entity', ...PROTO_KEYS }]);
    });
  });
});
