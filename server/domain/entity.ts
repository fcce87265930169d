// The entity and relation shapes every layer shares: the loader's normalised seed items, what it
// reads back from the database (states), and the relation reference (`from -[type]-> to`).
import type { PlainMap, Properties } from './values';

/** One evidence item; `quote` is "" when the file gives none (as stored in Neo4j). */
export interface Evidence {
  source: string;
  quote: string;
}

/** An entity with every default filled in (aliases [], properties {}). */
export interface Entity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  description?: string | undefined;
  properties: Properties;
  /** Where the file drew it; absent: the stored position (if any) stays. */
  position?: Position | undefined;
}

/** A node position as Cytoscape writes it (model coordinates). */
export interface Position {
  x: number;
  y: number;
}

export interface RelationRef {
  from: string;
  type: string;
  to: string;
}

/** A Source -[:MENTIONS]-> Entity link. */
export interface Mention {
  source: string;
  entity: string;
}

export interface Relation extends RelationRef {
  properties: Properties;
  evidence: Evidence[];
}

/** What the database holds of an entity: its node's properties as stored. */
export interface EntityState {
  id: string;
  type: string;
  props: PlainMap;
  /** Ids of the sources that MENTION the entity. */
  mentions: string[];
}

export interface SourceState {
  id: string;
  props: PlainMap;
}

export interface RelationState extends RelationRef {
  props: PlainMap;
}
