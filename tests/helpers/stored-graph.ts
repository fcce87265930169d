// The stored graph in the shape of a seed (sources, entities, relations; lists sorted), to compare
// an import with the graph a fixture should import as (tests/fixtures/formats/*.expected.json).
import type { Executor } from '../../server/db/executor';
import { ENTITY_FIELDS, RELATION_FIELDS, userProperties } from '../../server/domain/fields';
import { storedEvidence } from '../../server/domain/stored-shape';
import type { PlainMap } from '../../server/domain/values';
import type { SeedFile } from '../../server/import/types';

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
type Row = PlainMap;

export async function storedGraph(executor: Executor): Promise<SeedFile> {
  const entities = await executor.read({ cypher: 'MATCH (e:Entity) RETURN properties(e) AS props', params: {} });
  const relations = await executor.read({
    cypher: 'MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
    params: {},
  });
  const sources = await executor.read({ cypher: 'MATCH (s:Source) RETURN properties(s) AS props', params: {} });
  return sortedSeed({
    version: 1,
    sources: sources.map((row) => row.props as never),
    entities: entities.map(({ props }) => {
      const p = props as Row;
      return {
        id: String(p.id),
        type: String(p.type),
        name: String(p.name),
        aliases: (p.aliases as string[] | undefined) ?? [],
        ...(typeof p.description === 'string' ? { description: p.description } : {}),
        properties: userProperties(p, ENTITY_FIELDS),
      };
    }),
    relations: relations.map((row) => ({
      from: String(row.from),
      type: String(row.type),
      to: String(row.to),
      properties: userProperties(row.props as Row, RELATION_FIELDS),
      evidence: storedEvidence(row.props as Row).map((item) => (item.quote ? item : { source: item.source })),
    })),
  });
}

/** Order of keys and list items aside: entities by id, relations by (from, type, to), aliases sorted. */
export function sortedSeed(seed: SeedFile): SeedFile {
  return {
    version: 1,
    sources: [...(seed.sources ?? [])].sort(byKey((s) => s.id)),
    entities: [...(seed.entities ?? [])]
      .map((e) => ({ ...e, aliases: [...(e.aliases ?? [])].sort(), properties: e.properties ?? {} }))
      .sort(byKey((e) => e.id)),
    relations: [...(seed.relations ?? [])]
      .map((r) => ({ ...r, properties: r.properties ?? {}, evidence: r.evidence ?? [] }))
      .sort(byKey((r) => `${r.from}|${r.type}|${r.to}`)),
  };
}
