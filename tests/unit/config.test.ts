import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { DEFAULT_REQUEST_LIMITS } from '../../server/graphql/limits';

describe('loadConfig', () => {
  it('uses the bundled Neo4j and port 4000 when nothing is set', () => {
    const result = loadConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.port).toBe(4000);
    expect(result.config.neo4j.uri).toBeUndefined();
    expect(result.config.neo4j.dataDir).toMatch(/\.neo4j\/data$/);
    expect(result.config.apiToken).toBeUndefined();
  });

  it.each(['bolt://localhost:7687', 'neo4j://db.example:7687', 'neo4j+s://abc.databases.neo4j.io', 'bolt+ssc://10.0.0.1'])(
    'accepts the Neo4j URI %s',
    (uri) => {
      const result = loadConfig({ NEO4J_URI: uri, NEO4J_USER: 'reader', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'news' });
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.config.neo4j).toMatchObject({ uri, user: 'reader', password: 'pw', database: 'news' });
    },
  );

  it.each(['http://localhost:7474', 'localhost:7687', 'bolt:/missing-slash', 'neo4j+x://host'])(
    'rejects the URI %s with one line',
    (uri) => {
      const result = loadConfig({ NEO4J_URI: uri });
      expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^NEO4J_URI: ".*" is not a Neo4j URI/)] });
    },
  );

  it('gives one message per bad value, naming each variable', () => {
    const result = loadConfig({
      PORT: 'eighty',
      NEO4J_HEAP: 'lots',
      LOG_LEVEL: 'loud',
      API_TOKEN: 'short',
      QUERY_TIMEOUT_MS: '5',
      AUTO_SEED: 'maybe',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.split(':')[0])).toEqual([
      'NEO4J_HEAP',
      'LOG_LEVEL',
      'API_TOKEN',
      'PORT',
      'QUERY_TIMEOUT_MS',
      'AUTO_SEED',
    ]);
  });

  it('reads PORT, heap and flags', () => {
    const result = loadConfig({ PORT: '8080', NEO4J_HEAP: '512m', AUTO_SEED: 'false', NODE_ENV: 'production' });
    expect(result.ok && result.config).toMatchObject({ port: 8080, production: true, autoSeed: false, neo4j: { heap: '512m' } });
  });

  it('reads the request limits, with defaults, and refuses values out of range', () => {
    const defaults = loadConfig({});
    expect(defaults.ok && defaults.config.limits).toEqual(DEFAULT_REQUEST_LIMITS);
    // The deadline follows Neo4j's timeout unless set.
    const longer = loadConfig({ QUERY_TIMEOUT_MS: '60000' });
    expect(longer.ok && longer.config.limits.requestTimeoutMs).toBe(65_000);
    const set = loadConfig({
      MAX_QUERY_COST: '5000',
      MAX_RESULT_NODES: '10',
      MAX_RESULT_EDGES: '20',
      MAX_RESULT_BYTES: '2048',
      REQUEST_TIMEOUT_MS: '1500',
    });
    expect(set.ok && set.config.limits).toEqual({
      maxCost: 5000,
      maxResultNodes: 10,
      maxResultEdges: 20,
      maxResultBytes: 2048,
      requestTimeoutMs: 1500,
    });
    const bad = loadConfig({ MAX_QUERY_COST: '0', MAX_RESULT_BYTES: '1k', REQUEST_TIMEOUT_MS: '-1' });
    expect(!bad.ok && bad.errors.map((error) => error.split(':')[0])).toEqual(['MAX_QUERY_COST', 'MAX_RESULT_BYTES', 'REQUEST_TIMEOUT_MS']);
  });
});

describe('browser surface settings', () => {
  it('listens on loopback only and allows no other origin by default', () => {
    const result = loadConfig({});
    expect(result.ok && result.config.host).toBe('127.0.0.1');
    expect(result.ok && result.config.corsOrigins).toEqual([]);
  });

  it('reads CORS_ORIGINS as a comma-separated list of origins', () => {
    const result = loadConfig({ HOST: '0.0.0.0', CORS_ORIGINS: 'https://news.example, http://localhost:5173' });
    expect(result.ok && result.config).toMatchObject({ host: '0.0.0.0', corsOrigins: ['https://news.example', 'http://localhost:5173'] });
  });

  it.each(['*', 'null', 'https://news.example/path', 'news.example', 'ftp://news.example'])('refuses %s in CORS_ORIGINS', (origin) => {
    const result = loadConfig({ CORS_ORIGINS: origin });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^CORS_ORIGINS: ".*" is not an origin/)] });
  });

  it('reads the supervision settings, with defaults that fail fast', () => {
    const defaults = loadConfig({});
    expect(defaults.ok && defaults.config.supervision).toEqual({
      probeIntervalMs: 1_000,
      probeTimeoutMs: 1_000,
      connectTimeoutMs: 1_000,
      restartLimit: 5,
    });
    const set = loadConfig({
      NEO4J_PROBE_INTERVAL_MS: '500',
      NEO4J_PROBE_TIMEOUT_MS: '3000',
      NEO4J_CONNECT_TIMEOUT_MS: '5000',
      NEO4J_RESTART_LIMIT: '0',
    });
    expect(set.ok && set.config.supervision).toEqual({
      probeIntervalMs: 500,
      probeTimeoutMs: 3_000,
      connectTimeoutMs: 5_000,
      restartLimit: 0,
    });
    const bad = loadConfig({ NEO4J_PROBE_INTERVAL_MS: '10', NEO4J_RESTART_LIMIT: '-1' });
    expect(!bad.ok && bad.errors.map((error) => error.split(':')[0])).toEqual(['NEO4J_PROBE_INTERVAL_MS', 'NEO4J_RESTART_LIMIT']);
  });

  it('warms up the first view unless FIRST_VIEW_WARMUP turns it off, and refuses other values', () => {
    const given = loadConfig({});
    expect(given.ok && given.config.firstViewWarmup).toBe(true);
    const off = loadConfig({ FIRST_VIEW_WARMUP: 'false' });
    expect(off.ok && off.config.firstViewWarmup).toBe(false);
    expect(loadConfig({ FIRST_VIEW_WARMUP: 'sometimes' })).toEqual({
      ok: false,
      errors: ['FIRST_VIEW_WARMUP: "sometimes" is not a boolean (use true or false)'],
    });
  });
});

describe('GRAPHQL_JIT', () => {
  it('compiles documents unless set to false, and refuses a value that is not a boolean', () => {
    const on = loadConfig({});
    expect(on.ok && on.config.graphqlJit).toBe(true);
    const off = loadConfig({ GRAPHQL_JIT: 'false' });
    expect(off.ok && off.config.graphqlJit).toBe(false);
    expect(loadConfig({ GRAPHQL_JIT: 'fast' })).toEqual({
      ok: false,
      errors: ['GRAPHQL_JIT: "fast" is not a boolean (use true or false)'],
    });
  });
});
