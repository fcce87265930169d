// The baseline of the seed load: the same nodes, relationships and properties as the project's
// loader stores (docs/data-model.md), written by bare UNWIND … CREATE statements in batches of
// 2,000 in ONE transaction, as the loader does, with none of its parsing, checking or planning.
import type { Driver } from 'neo4j-driver';
import { relationKey } from '../../server/domain/ids';
import { aliasText, normalizedForms } from '../../server/domain/text';
import type { SeedFile } from '../../server/import/types';

const BATCH = 2_000;

function batches<T>(items: T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));
}

export async function bareLoad(driver: Driver, seed: SeedFile): Promise<void> {
  const sources = (seed.sources ?? []).map(({ id, ...rest }) => ({ id, set: rest }));
  const entities = (seed.entities ?? []).map((e) => ({
    type: e.type,
    source: sources[0]?.id ?? '',
    props: {
      ...e.properties,
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases ?? [],
      ...(e.description !== undefined ? { description: e.description } : {}),
      _aliasText: aliasText(e.aliases ?? []),
      _norm: normalizedForms(e.name, e.aliases ?? []),
    },
  }));
  const relations = (seed.relations ?? []).map((r) => {
    const evidence = r.evidence ?? [];
    return {
      type: r.type,
      from: r.from,
      to: r.to,
      props: {
        ...r.properties,
        id: relationKey(r.from, r.type, r.to),
        sources: [...new Set(evidence.map((item) => item.source))],
        evidenceSources: evidence.map((item) => item.source),
        evidenceQuotes: evidence.map((item) => item.quote ?? ''),
      },
    };
  });
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      await tx.run('UNWIND $rows AS row CREATE (s:Source) SET s = row.set, s.id = row.id', { rows: sources });
      for (const rows of batches(entities))
        await tx.run(
          'UNWIND $rows AS row CREATE (e:Entity:$(row.type)) SET e = row.props WITH e, row MATCH (s:Source {id: row.source}) CREATE (s)-[:MENTIONS]->(e)',
          { rows },
        );
      for (const rows of batches(relations))
        await tx.run(
          'UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) CREATE (a)-[r:$(row.type)]->(b) SET r = row.props',
          { rows },
        );
    });
  } finally {
    await session.close();
  }
}
