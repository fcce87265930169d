// Fulltext search over the `entity_search` index (name, aliases, description), filtered by type.
import type { Query } from '../../db/executor';
import { FULLTEXT_INDEX } from '../../db/schema-setup';
import { entityPayload } from './payloads';

export interface SearchArgs {
  /** From buildLuceneQuery: escaped user text. */
  lucene: string;
  types: string[] | null;
  /** Candidates to fetch; the caller re-ranks them and keeps fewer. */
  candidates: number;
}

/** Lucene yields nodes best first, so the type filter and LIMIT stop the scan early. */
export function searchQuery({ lucene, types, candidates }: SearchArgs): Query {
  return {
    cypher: `
      CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
      WHERE $types IS NULL OR node.type IN $types
      WITH node, score LIMIT toInteger($candidates)
      RETURN ${entityPayload('node')} AS entity, score`,
    params: { index: FULLTEXT_INDEX, lucene, types, candidates },
  };
}
