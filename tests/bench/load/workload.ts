// The mixed read workload: what the explorer asks for, in equal shares, over ids that exist in the
// generated seed (tests/fixtures/generate-seed.ts: ids `<prefix>-entity-<n>`, names `<prefix> Entity <n>`).

export interface Operation {
  name: string;
  /** Builds one request from a random integer source. */
  request(random: (n: number) => number): { query: string; variables: Record<string, unknown> };
}

/** mulberry32: a small seeded PRNG; `random(n)` is an integer in [0, n). */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed | 0;
  return (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const NODE = 'id type name aliases description properties degree sources { id }';
const EDGE = 'id type from { id name type } to { id name type } properties evidence { quote source { id title } }';
const SUBGRAPH = `nodes { ${NODE} } edges { ${EDGE} } truncated`;
const SEARCH = 'query($q: String!) { search(query: $q) { score matched entity { id name type } } }';

/** One of each operation per round, on average: every operation gets the same share of requests. */
export function mixedReads(prefix: string, entities: number): Operation[] {
  const id = (random: (n: number) => number) => `${prefix}-entity-${random(entities)}`;
  return [
    // A whole name: every word must match.
    { name: 'search word', request: (random) => ({ query: SEARCH, variables: { q: `${prefix} Entity ${random(entities)}` } }) },
    // Typing: "entity 12" matches 12, 120–129, 1200–1299, ... by prefix.
    { name: 'search prefix', request: (random) => ({ query: SEARCH, variables: { q: `entity ${String(random(entities)).slice(0, 2)}` } }) },
    {
      name: 'entity + relations',
      request: (random) => ({
        query: `query($id: ID!) { entity(id: $id) { ${NODE} relations(limit: 50) { ${EDGE} } } }`,
        variables: { id: id(random) },
      }),
    },
    {
      name: 'neighborhood depth 1',
      request: (random) => ({
        query: `query($id: ID!) { neighborhood(id: $id, depth: 1) { ${SUBGRAPH} } }`,
        variables: { id: id(random) },
      }),
    },
    {
      name: 'neighborhood depth 2',
      request: (random) => ({
        query: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { ${SUBGRAPH} } }`,
        variables: { id: id(random) },
      }),
    },
    {
      name: 'shortestPath',
      request: (random) => ({
        query: `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxLength: 6) { ${SUBGRAPH} } }`,
        variables: { from: id(random), to: id(random) },
      }),
    },
    { name: 'graph limit 500', request: () => ({ query: `{ graph(limit: 500) { ${SUBGRAPH} } }`, variables: {} }) },
  ];
}

/** Issue 12's "32 concurrent clients, 1-hop": the explorer's fields around a random entity of `entities`. */
export function oneHop(prefix: string, entities: number): Operation[] {
  const query = `query($id: ID!) { neighborhood(id: $id, depth: 1) { ${SUBGRAPH} } }`;
  return [{ name: '1-hop', request: (random) => ({ query, variables: { id: `${prefix}-entity-${random(entities)}` } }) }];
}
