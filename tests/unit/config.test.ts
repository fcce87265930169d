import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';

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

  it.each(['http://localhost:7474', 'localhost:7687', 'bolt:/missing-slash', 'neo4j+x://host'])('rejects the URI %s with one line', (uri) => {
    const result = loadConfig({ NEO4J_URI: uri });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^NEO4J_URI: ".*" is not a Neo4j URI/)] });
  });

  it('gives one message per bad value, naming each variable', () => {
    const result = loadConfig({ PORT: 'eighty', NEO4J_HEAP: 'lots', LOG_LEVEL: 'loud', API_TOKEN: 'short', QUERY_TIMEOUT_MS: '5', AUTO_SEED: 'maybe' });
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

  it('reads the supervision settings, with defaults that fail fast', () => {
    const defaults = loadConfig({});
    expect(defaults.ok && defaults.config.supervision).toEqual({ probeIntervalMs: 1_000, probeTimeoutMs: 1_000, connectTimeoutMs: 1_000, restartLimit: 5 });
    const set = loadConfig({ NEO4J_PROBE_INTERVAL_MS: '500', NEO4J_PROBE_TIMEOUT_MS: '3000', NEO4J_CONNECT_TIMEOUT_MS: '5000', NEO4J_RESTART_LIMIT: '0' });
    expect(set.ok && set.config.supervision).toEqual({ probeIntervalMs: 500, probeTimeoutMs: 3_000, connectTimeoutMs: 5_000, restartLimit: 0 });
    const bad = loadConfig({ NEO4J_PROBE_INTERVAL_MS: '10', NEO4J_RESTART_LIMIT: '-1' });
    expect(!bad.ok && bad.errors.map((error) => error.split(':')[0])).toEqual(['NEO4J_PROBE_INTERVAL_MS', 'NEO4J_RESTART_LIMIT']);
  });
});
