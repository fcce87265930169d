// Errors found on the converted seed (`relations[3].to`) are reported where the user can fix
// them: `relations.csv:14` for CSV, `elements.edges[3].data.target` for Cytoscape JSON.
import { parsePath, formatPath, type PathSegment } from './json-path';
import type { ImportError } from '../types';

export type Locate = (error: ImportError) => ImportError;

export const identity: Locate = (error) => error;

type Collection = 'sources' | 'entities' | 'relations';

/** Where one seed item came from. */
export interface Origin {
  /** `relations.csv:14`, or a JSON path such as `elements.edges[3].data`. */
  at: string;
  /** Seed sub-path (`to`, `properties.status`, `evidence[1]`) → a column name or a data key; undefined: keep. */
  field?: (rest: PathSegment[]) => { at?: string; field?: string } | undefined;
}

export interface OriginMap {
  /** CSV: `column: message` on a `file:line` path; JSON: the field joins the path. */
  style: 'csv' | 'json';
  items: Record<Collection, Origin[]>;
}

const ITEM_REFERENCE = /\b(sources|entities|relations)\[(\d+)\]/g;

export function locateWith(origins: OriginMap): Locate {
  const originOf = (collection: string, index: number): Origin | undefined =>
    (origins.items as Record<string, Origin[] | undefined>)[collection]?.[index];
  // "(first at entities[1])" in a message should point at the user's file too.
  const rewrite = (message: string) =>
    message.replace(ITEM_REFERENCE, (whole, collection: string, index: string) => {
      const origin = originOf(collection, Number(index));
      return origin ? origin.at : whole;
    });
  return (error) => {
    const [collection, index, ...rest] = parsePath(error.path);
    const origin = typeof collection === 'string' && typeof index === 'number' ? originOf(collection, index) : undefined;
    if (!origin) return { path: error.path, message: rewrite(error.message) };
    const mapped = rest.length ? origin.field?.(rest) : undefined;
    const at = mapped?.at ?? origin.at;
    if (origins.style === 'csv') {
      const column = mapped?.field;
      return { path: at, message: column ? `${column}: ${rewrite(error.message)}` : rewrite(error.message) };
    }
    const field = mapped?.field ?? (rest.length ? formatPath(rest) : undefined);
    return { path: field ? `${at}${field.startsWith('[') ? '' : '.'}${field}` : at, message: rewrite(error.message) };
  };
}
