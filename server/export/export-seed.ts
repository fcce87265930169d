// The whole graph as a seed file (version 1): every source, entity and relation with every field
// a seed can hold, so that `npm run seed -- --dry-run` of the export reports no change. GraphML
// and GEXF are written from this shape (client/src/core/graph-xml.ts).
import type { Executor } from '../db/executor';
import { ENTITY_FIELDS, RELATION_FIELDS, SOURCE_FIELDS, userProperties } from '../domain/fields';
import { storedEvidence } from '../domain/stored-shape';
import type { PlainMap } from '../domain/values';
import type { SeedEntity, SeedFile, SeedRelation, SeedSource } from '../import';
import { exportQueries } from '../queries/read/export';

export type ExportedSeed = Required<SeedFile>;

export async function exportSeed(executor: Executor): Promise<ExportedSeed> {
  const [sources, entities, relations] = await executor.readTransaction((tx) =>
    Promise.all([tx.run(exportQueries.sources()), tx.run(exportQueries.entities()), tx.run(exportQueries.relations())]),
  );
  return {
    version: 1,
    sources: sources.map((row) => {
      const props = row.props as PlainMap;
      const out: Record<string, string> = { id: String(props.id) };
      for (const key of SOURCE_FIELDS) if (typeof props[key] === 'string') out[key] = props[key];
      return out as unknown as SeedSource;
    }),
    entities: entities.map((row): SeedEntity => {
      const props = row.props as PlainMap;
      return {
        id: String(props.id),
        type: String(props.type),
        name: String(props.name),
        aliases: Array.isArray(props.aliases) ? props.aliases.map(String) : [],
        ...(typeof props.description === 'string' ? { description: props.description } : {}),
        properties: userProperties(props, ENTITY_FIELDS),
      };
    }),
    relations: relations.map((row): SeedRelation => ({
      type: String(row.type),
      from: String(row.from),
      to: String(row.to),
      properties: userProperties(row.props as PlainMap, RELATION_FIELDS),
      evidence: storedEvidence(row.props as PlainMap).map((item) =>
        item.quote ? { source: item.source, quote: item.quote } : { source: item.source },
      ),
    })),
  };
}
