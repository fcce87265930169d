// The whole graph as Cytoscape.js JSON, in the shape docs/seed-format.md documents and the
// Cytoscape importer reads back (so export → import reproduces the same graph).
import type { Executor } from '../../db/executor';
import { ENTITY_FIELDS, RELATION_FIELDS, SOURCE_FIELDS, userProperties } from '../../domain/fields';
import { storedEvidence } from '../../domain/stored-shape';
import type { PlainMap } from '../../domain/values';
import { exportQueries } from '../../queries/read/export';

export interface CytoscapeDocument {
  data: { sources: PlainMap[] };
  elements: { nodes: { data: PlainMap; position?: { x: number; y: number } }[]; edges: { data: PlainMap }[] };
}

export async function exportCytoscape(executor: Executor): Promise<CytoscapeDocument> {
  const [sources, entities, relations] = await executor.readTransaction((tx) =>
    Promise.all([tx.run(exportQueries.sources()), tx.run(exportQueries.entities()), tx.run(exportQueries.relations())]),
  );
  return {
    data: {
      sources: sources.map((row) => {
        const props = row.props as PlainMap;
        const out: PlainMap = { id: props.id ?? null };
        for (const key of SOURCE_FIELDS) if (props[key] !== undefined && props[key] !== null) out[key] = props[key];
        return out;
      }),
    },
    elements: {
      nodes: entities.map((row) => {
        const props = row.props as PlainMap;
        const data: PlainMap = {
          id: props.id ?? null,
          type: props.type ?? null,
          name: props.name ?? null,
          label: props.name ?? null,
          aliases: Array.isArray(props.aliases) ? props.aliases : [],
          ...(typeof props.description === 'string' ? { description: props.description } : {}),
          // Who mentions it: without this, a re-import would credit every exported source.
          sources: (row.sources as unknown[]).map(String).sort(),
          ...userProperties(props, ENTITY_FIELDS),
        };
        // The position the entity was imported with (internal `_x`, `_y`), so that it round-trips.
        const position = typeof props._x === 'number' && typeof props._y === 'number' ? { position: { x: props._x, y: props._y } } : {};
        return { data, ...position };
      }),
      edges: relations.map((row) => {
        const props = row.props as PlainMap;
        const [from, type, to] = [String(row.from), String(row.type), String(row.to)];
        const evidence = storedEvidence(props).map((item): PlainMap =>
          item.quote ? { source: item.source, quote: item.quote } : { source: item.source },
        );
        return {
          data: {
            id: `${from}--${type}--${to}`,
            source: from,
            target: to,
            type,
            label: type,
            evidence,
            ...userProperties(props, RELATION_FIELDS),
          },
        };
      }),
    },
  };
}
