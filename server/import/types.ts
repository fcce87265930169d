// The contract between the seed loader (CLI and GraphQL importSeed) and its callers.

/** Input formats that the loader accepts; all become the same SeedFile before validation. */
export type SeedFormat = 'json' | 'csv' | 'cytoscape' | 'graphml' | 'gexf';

import type { Position } from '../domain/entity';
import type { Properties } from '../domain/values';

export type { Properties, PropertyValue } from '../domain/values';

export interface SeedSource {
  id: string;
  title: string;
  url?: string;
  publisher?: string;
  publishedAt?: string;
  language?: string;
  /** The article's full text, verbatim (it can be big: the read queries never fetch it unasked). */
  text?: string;
}

export interface SeedEntity {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  description?: string;
  properties?: Properties;
  /** The sources that mention it; absent: the file's sources when no evidence touches it. */
  sources?: string[];
  /** Where the file drew it (Cytoscape); stored as the internal `_x`, `_y`. */
  position?: Position;
}

export interface SeedEvidence {
  source: string;
  quote?: string;
}

export interface SeedRelation {
  type: string;
  from: string;
  to: string;
  properties?: Properties;
  evidence?: SeedEvidence[];
}

/** Seed format version 1 (schema/seed.schema.json). */
export interface SeedFile {
  version: 1;
  sources?: SeedSource[];
  entities?: SeedEntity[];
  relations?: SeedRelation[];
}

/** One problem, located: `relations[12].to: unknown entity "kim-jong-uh"`. */
export interface ImportError {
  /** JSON path (`relations[12].to`), or `file:line` for CSV (`relations.csv:14`). */
  path: string;
  message: string;
}

/** `russian-federation → russia (alias "Russia")`. */
export interface Resolution {
  from: string;
  to: string;
  /** How it matched: `wikidata Q159`, `alias "Russia"`, `name "Russia"`. */
  reason: string;
}

export interface ImportOptions {
  dryRun?: boolean;
  /** Re-import the file's sources: drop what only they supported and the file no longer has. */
  replace?: boolean;
  /** Entity resolution by Wikidata id / name / alias (default true). */
  resolve?: boolean;
  /** Called with (done, total) while large files load in batches. */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  entitiesCreated: number;
  entitiesUpdated: number;
  entitiesResolved: number;
  entitiesRemoved: number;
  relationsCreated: number;
  relationsUpdated: number;
  relationsRemoved: number;
  sourcesCreated: number;
  sourcesUpdated: number;
  sourcesRemoved: number;
  resolutions: Resolution[];
  errors: ImportError[];
  /** Ids of entities created by this load (the explorer highlights them). */
  createdEntityIds: string[];
  /** What reading another format decided: `decoded as Windows-1252 (entities.csv)`, `mapped: interaction → relation type (860 edges)`. */
  notes: string[];
}
