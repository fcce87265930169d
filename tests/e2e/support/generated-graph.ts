// Generated graphs for the scale test and layout timings: clustered, ~1.4 relations per entity,
// deterministic (a fixed-seed LCG), with one source so every relation has evidence.
import type { SeedFile } from '../../../server/import/types';

const TYPES = ['Person', 'Organization', 'Country', 'Place', 'Event', 'Project'];
const RELATIONS = ['PARTNERS_WITH', 'LOCATED_IN', 'PARTICIPATES_IN', 'SUPPORTS'];

export function generatedSeed(nodes: number, seed = 42): SeedFile {
  let state = seed >>> 0;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const id = (i: number) => `gen-${i}`;
  const source = `gen-2024-01-01-n${nodes}`;
  const entities = Array.from({ length: nodes }, (_, i) => ({ id: id(i), type: TYPES[i % TYPES.length] ?? 'Person', name: `Generated ${i}` }));
  const seen = new Set<string>();
  const relations: NonNullable<SeedFile['relations']> = [];
  const link = (a: number, b: number) => {
    const type = RELATIONS[(a + b) % RELATIONS.length] ?? 'SUPPORTS';
    const key = `${a}|${type}|${b}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    relations.push({ type, from: id(a), to: id(b), evidence: [{ source, quote: `Generated relation ${a}-${b}.` }] });
  };
  for (let i = 1; i < nodes; i++) {
    // Mostly to a recent node (clusters), sometimes anywhere (bridges).
    link(i, random() < 0.8 ? Math.max(0, i - 1 - Math.floor(random() * 30)) : Math.floor(random() * i));
    if (random() < 0.4) link(i, Math.floor(random() * i));
  }
  return { version: 1, sources: [{ id: source, title: `Generated graph of ${nodes}` }], entities, relations };
}
