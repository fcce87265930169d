// Which parts of a subgraph answer a request asks for: the subgraph reads project only these
// (issue 12: a large overview's time was the driver decoding fields nobody selected).
// Built from the GraphQL selection by the resolvers; FULL_SHAPE asks for everything.

export interface SubgraphShape {
  /** Entity fields, asked for under `nodes` or under an edge's `from`/`to` (they share the models). */
  aliases: boolean;
  description: boolean;
  /** Entity `properties` (user properties). */
  entityProperties: boolean;
  /** Entity `sources` (their ids at least). */
  entitySources: boolean;
  /** Entity `position` or `layout`. */
  positions: boolean;
  /** Relation `properties`. */
  relationProperties: boolean;
  /** Relation `evidence` (its sources' ids at least). */
  evidence: boolean;
  /** `evidence { quote }`. */
  quotes: boolean;
  /** A Source field besides its id (title, url, …) under an entity's sources or an evidence item. */
  sourceDetails: boolean;
}

export const FULL_SHAPE: SubgraphShape = {
  aliases: true,
  description: true,
  entityProperties: true,
  entitySources: true,
  positions: true,
  relationProperties: true,
  evidence: true,
  quotes: true,
  sourceDetails: true,
};
