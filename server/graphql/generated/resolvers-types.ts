import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityModel, RelationModel, EvidenceModel, SourceModel, SubgraphModel, SearchHitModel, ArticleModel } from '../../domain/models';
import type { LocatedMention, LocatedQuote } from '../../services/article-text';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value (used for free-form properties and seed files). */
  JSON: { input: unknown; output: unknown; }
};

export type Article = {
  __typename?: 'Article';
  /**
   * Every place the name or an alias of an entity this source mentions occurs in the text: the same folding
   * (case, diacritics, hyphen or space) and word boundaries as drafting, the longest match wins.
   */
  mentions: Array<Mention>;
  /** Every evidence quote of this source's relations; `start` is null when the quote is not in the text verbatim. */
  quotes: Array<ArticleQuote>;
  /** Sentences, split as drafting splits them (Intl.Segmenter for the source's language, abbreviations kept). */
  sentences: Array<TextSpan>;
  source: Source;
  /** The full text, verbatim; null when the source has none (then every list below is empty or unlocated). */
  text: Maybe<Scalars['String']['output']>;
};

export type ArticleQuote = {
  __typename?: 'ArticleQuote';
  end: Maybe<Scalars['Int']['output']>;
  quote: Scalars['String']['output'];
  relation: Relation;
  /** Index into `sentences` of the sentence where the quote starts. */
  sentence: Maybe<Scalars['Int']['output']>;
  /** Where the quote first occurs verbatim; null (with `end` and `sentence`) when it does not. */
  start: Maybe<Scalars['Int']['output']>;
};

export type Count = {
  __typename?: 'Count';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

export type Direction =
  | 'BOTH'
  /** Relations to this entity. */
  | 'IN'
  /** Relations from this entity. */
  | 'OUT';

/** A draft: a seed to review, and what it was drafted from. */
export type Draft = {
  __typename?: 'Draft';
  candidates: Array<DraftCandidate>;
  /** How many of the graph's entities the text was matched against. */
  knownEntities: Scalars['Int']['output'];
  /** Every name found, in text order: a known entity (`entityId`) or a new candidate (`candidate`). */
  mentions: Array<DraftMention>;
  /** A seed v1 file (docs/seed-format.md): the source, the candidates as new entities, the typed suggestions as relations. */
  seed: Scalars['JSON']['output'];
  /** The article's sentences, in order. */
  sentences: Array<DraftSpan>;
  suggestions: Array<DraftSuggestion>;
};

/** A name the graph does not know yet. */
export type DraftCandidate = {
  __typename?: 'DraftCandidate';
  /** Other surface forms merged into this candidate (e.g. a surname alone). */
  aliases: Array<Scalars['String']['output']>;
  /** 0..1: how sure the guess is. */
  confidence: Scalars['Float']['output'];
  /** The word that produced the guess, and where; null when none did. */
  cue: Maybe<DraftSpan>;
  id: Scalars['ID']['output'];
  /** Indexes into `mentions`. */
  mentions: Array<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** The type guess; `Unknown` when no cue typed it. */
  type: Scalars['String']['output'];
};

export type DraftMention = {
  __typename?: 'DraftMention';
  /** Other known entities that share the matched name (an ambiguous alias): the reviewer picks. */
  alternatives: Array<Scalars['ID']['output']>;
  /** The candidate (its id in `seed.entities`) this names; null for a known entity. */
  candidate: Maybe<Scalars['ID']['output']>;
  end: Scalars['Int']['output'];
  /** The known entity this names; null for a candidate's mention. */
  entityId: Maybe<Scalars['ID']['output']>;
  /** Index into `sentences`. */
  sentence: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  /** The type of the entity (or the candidate's guess) it names: the review colours mentions by it. */
  type: Scalars['String']['output'];
};

/** The article's source, as the draft's seed will declare it. */
export type DraftSourceInput = {
  /** Kebab-case id; default `<publisher>-<date>-<first title words>`. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The language of the text, `id` or `en`: it picks the sentence rules. */
  language: Scalars['String']['input'];
  /** ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The headline; default the article's first line. */
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A span of the text: `text.slice(start, end)`. `text` is the span's words for a cue; null for a sentence (slice the text). */
export type DraftSpan = {
  __typename?: 'DraftSpan';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Maybe<Scalars['String']['output']>;
};

/** A relation the text suggests, citing its sentence. */
export type DraftSuggestion = {
  __typename?: 'DraftSuggestion';
  from: Scalars['ID']['output'];
  /** Whether this suggestion is one of `seed.relations`. */
  inSeed: Scalars['Boolean']['output'];
  /** The sentence, verbatim. */
  quote: Scalars['String']['output'];
  /** The rule that made it: `attribution "kata"`, `verb "menemui"`, `co-occurrence`, … */
  rule: Scalars['String']['output'];
  /** Index into `sentences`. */
  sentence: Scalars['Int']['output'];
  /** Attribution: the entity the sentence is attributed to. */
  speaker: Maybe<Scalars['ID']['output']>;
  /** `assessed` for attributed claims; null otherwise. */
  status: Maybe<Scalars['String']['output']>;
  to: Scalars['ID']['output'];
  /** The relation type; null when no rule knows it (the reviewer chooses). */
  type: Maybe<Scalars['String']['output']>;
};

/** A person, country, organisation, place, event, ... (a node of the graph). */
export type Entity = {
  __typename?: 'Entity';
  /** Other names, in any language (Korea Utara, DPRK). */
  aliases: Array<Scalars['String']['output']>;
  /** Number of relations (MENTIONS not counted). */
  degree: Scalars['Int']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** Kebab-case id, e.g. north-korea. */
  id: Scalars['ID']['output'];
  /**
   * Where the server's stored layout puts it (the explorer's force layout of the whole graph, computed
   * once per graph version, in the same coordinates as a computed layout); null until the layout job
   * has run, for entities beyond its cap (LAYOUT_MAX_ENTITIES), and for a server without the job.
   */
  layout: Maybe<Position>;
  /** English name. */
  name: Scalars['String']['output'];
  /** Where the imported file drew it (Cytoscape node position); null when the file had none. */
  position: Maybe<Position>;
  /** Other properties (wikidata, role, start, end, ...) as a JSON object. */
  properties: Maybe<Scalars['JSON']['output']>;
  /** This entity's relations. `limit` 1..500 (clamped). */
  relations: Array<Relation>;
  /** The sources that mention this entity. */
  sources: Array<Source>;
  /**
   * What this entity said: the relations it claimed or assessed (their `properties.claimedBy` is its id),
   * with their evidence, ordered by what they are about (the subject's name), then type and object.
   * `limit` 1..500 (clamped).
   */
  statements: Array<Relation>;
  /** PascalCase type, e.g. Person, Country. */
  type: Scalars['String']['output'];
};


/** A person, country, organisation, place, event, ... (a node of the graph). */
export type EntityRelationsArgs = {
  direction?: InputMaybe<Direction>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A person, country, organisation, place, event, ... (a node of the graph). */
export type EntityStatementsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  /** All entities that match the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Pass as `after` to get the entities after this one. */
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EntityInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** A flat JSON object, as in seed files; a null value removes that key. */
  properties?: InputMaybe<Scalars['JSON']['input']>;
  /** The source this edit comes from (must exist); default "manual" (created on first use). */
  source?: InputMaybe<Scalars['ID']['input']>;
  type: Scalars['String']['input'];
};

export type Evidence = {
  __typename?: 'Evidence';
  /** The sentence of the source that states the relation; null when none was recorded. */
  quote: Maybe<Scalars['String']['output']>;
  source: Source;
};

export type EvidenceInput = {
  quote?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['ID']['input'];
};

export type Health = {
  __typename?: 'Health';
  /** community or enterprise. */
  neo4jEdition: Scalars['String']['output'];
  /** Neo4j version, e.g. 5.26.30. */
  neo4jVersion: Scalars['String']['output'];
};

/** One problem, located: `relations[12].to`: unknown entity. */
export type ImportError = {
  __typename?: 'ImportError';
  message: Scalars['String']['output'];
  /** JSON path (`relations[12].to`), or `file:line` for CSV (`relations.csv:14`). */
  path: Scalars['String']['output'];
};

/** What a seed load (or a source deletion) did. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** Ids of the entities this load created (the explorer highlights them). */
  createdEntityIds: Array<Scalars['ID']['output']>;
  dryRun: Scalars['Boolean']['output'];
  entitiesCreated: Scalars['Int']['output'];
  entitiesRemoved: Scalars['Int']['output'];
  /** Entities of the seed that were merged into existing ones (see resolutions). */
  entitiesResolved: Scalars['Int']['output'];
  entitiesUpdated: Scalars['Int']['output'];
  errors: Array<ImportError>;
  /** What reading a file of another format decided, one line each: `decoded as Windows-1252 (entities.csv)`, `delimiter ";"`, `mapped: interaction → relation type (860 edges)`, `dropped: SUID, viz:size, …`. */
  notes: Array<Scalars['String']['output']>;
  /** False when there were errors; nothing was written then. */
  ok: Scalars['Boolean']['output'];
  relationsCreated: Scalars['Int']['output'];
  relationsRemoved: Scalars['Int']['output'];
  relationsUpdated: Scalars['Int']['output'];
  resolutions: Array<Resolution>;
  sourcesCreated: Scalars['Int']['output'];
  sourcesRemoved: Scalars['Int']['output'];
  sourcesUpdated: Scalars['Int']['output'];
};

export type Mention = {
  __typename?: 'Mention';
  end: Scalars['Int']['output'];
  entity: Entity;
  /** Index into `sentences`. */
  sentence: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** Writes. Every mutation needs `Authorization: Bearer <API_TOKEN>`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Deletes an entity and its relations. NOT_FOUND when there is no such entity. */
  deleteEntity: Scalars['Boolean']['output'];
  /** Deletes a source and whatever only it supported. NOT_FOUND when there is no such source. */
  deleteSource: ImportReport;
  /**
   * Loads a seed: the same code path as `npm run seed`. JSON and CYTOSCAPE take the parsed file as `seed`;
   * CSV takes `{ entities: "<csv>", relations: "<csv>", sources: "<csv>" }` (sources optional), each file as
   * text, or as its bytes in base64 (`entitiesBase64`, `relationsBase64`, `sourcesBase64`) so that the server
   * detects the encoding (UTF-8, UTF-16 with a BOM, Windows-1252) and reports it in `notes`; GRAPHML and
   * GEXF take the text of the file as a string. Problems are
   * reported in `errors` (nothing is written then). Requests are limited to 5 MB: load larger seeds with the CLI.
   */
  importSeed: ImportReport;
  /**
   * Creates or updates one entity. Fields given replace the stored ones (`aliases` replaces the list,
   * `description: null` removes it); `properties` are merged key by key and a `null` value removes a key.
   * The type of an existing entity cannot change. Recorded as mentioned by `source` (default: "manual").
   */
  upsertEntity: Entity;
  /**
   * Creates or updates the relation (from, type, to): properties merged key by key (`null` removes a key),
   * evidence added without duplicates. Without evidence, the edit is attributed to the "manual" source.
   */
  upsertRelation: Relation;
};


/** Writes. Every mutation needs `Authorization: Bearer <API_TOKEN>`. */
export type MutationDeleteEntityArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every mutation needs `Authorization: Bearer <API_TOKEN>`. */
export type MutationDeleteSourceArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every mutation needs `Authorization: Bearer <API_TOKEN>`. */
export type MutationImportSeedArgs = {
  defaultType?: InputMaybe<Scalars['String']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format?: InputMaybe<SeedFormat>;
  replace?: InputMaybe<Scalars['Boolean']['input']>;
  resolve?: InputMaybe<Scalars['Boolean']['input']>;
  seed: Scalars['JSON']['input'];
  typeFrom?: InputMaybe<Scalars['String']['input']>;
};


/** Writes. Every mutation needs `Authorization: Bearer <API_TOKEN>`. */
export type MutationUpsertEntityArgs = {
  input: EntityInput;
};


/** Writes. Every mutation needs `Authorization: Bearer <API_TOKEN>`. */
export type MutationUpsertRelationArgs = {
  input: RelationInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A node position in the file's (Cytoscape model) coordinates. */
export type Position = {
  __typename?: 'Position';
  x: Scalars['Float']['output'];
  y: Scalars['Float']['output'];
};

/**
 * Jejaring: a knowledge graph of the news. Entities (people, countries, organisations, places,
 * events) and the relations between them, each relation backed by the sentences that state it.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * A source's full text with what the graph knows about it: its sentences, the mentions of the entities it
   * mentions, and the evidence quotes of the relations it supports, located in the text. Null when there is
   * no such source. Offsets are UTF-16 code units into `text` (JavaScript string indexes), end exclusive.
   */
  article: Maybe<Article>;
  /**
   * Drafts seed data from an article's text (docs/drafting.md): its sentences, the mentions of entities the
   * graph already knows, new-name candidates with a type guess, and relation suggestions citing their sentence.
   * Reads only: it writes nothing and needs no token. `text` is at most 100 kB (102,400 bytes of UTF-8); longer
   * text is refused with TEXT_TOO_LARGE (draft it with `npm run draft`). Offsets count UTF-16 code units, as
   * JavaScript strings do.
   */
  draftSeed: Draft;
  /** All entities (optionally of some types) in id order, Relay-style. `first` 1..500 (clamped). */
  entities: EntityConnection;
  /** One entity by id; null when there is none. */
  entity: Maybe<Entity>;
  /**
   * An overview of the whole graph, most connected entities first. `types`: only entities of these types;
   * `relationTypes`: only these relations, and only entities that have one; `sources`: only entities these
   * sources mention and relations they give evidence for. At most `limit` entities (1..5000, clamped).
   */
  graph: Subgraph;
  /** Whether Neo4j answers, and which Neo4j it is. */
  health: Health;
  /**
   * The entities within `depth` hops of `id` (1..3, clamped) and the relations among them. `types` limits the
   * entities walked through and returned (the start entity is always returned); `relationTypes` limits the
   * relations walked and returned. At most `limit` entities (1..2000, clamped); `truncated` says a limit cut it.
   */
  neighborhood: Subgraph;
  /**
   * Fulltext search over names, aliases (any language) and descriptions; case, diacritics and one typo
   * per word are forgiven, and the last word may be a prefix. Name and alias hits come first, best first;
   * then hits only through the description (`matched` null). `limit` 1..100 (larger values are clamped to 100).
   */
  search: Array<SearchHit>;
  /**
   * One shortest chain of relations between two entities (direction ignored, MENTIONS never used), at most
   * `maxLength` relations long (1..10, clamped). Null when there is no such chain.
   */
  shortestPath: Maybe<Subgraph>;
  /** Every source (article), newest first, with how many entities and relations it supports. */
  sources: Array<Source>;
  /** Counts of everything, by entity type and by relation type. */
  stats: Stats;
};


/**
 * Jejaring: a knowledge graph of the news. Entities (people, countries, organisations, places,
 * events) and the relations between them, each relation backed by the sentences that state it.
 */
export type QueryArticleArgs = {
  source: Scalars['ID']['input'];
};


/**
 * Jejaring: a knowledge graph of the news. Entities (people, countries, organisations, places,
 * events) and the relations between them, each relation backed by the sentences that state it.
 */
export type QueryDraftSeedArgs = {
  source: DraftSourceInput;
  text: Scalars['String']['input'];
};


/**
 * Jejaring: a knowledge graph of the news. Entities (people, countries, organisations, places,
 * events) and the relations between them, each relation backed by the sentences that state it.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Jejaring: a knowledge graph of the news. Entities (people, countries, organisations, places,
 * events) and the relations between them, each relation backed by the sentences that state it.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Jejaring: a knowledge graph of the news. Entities (people, countries, organisations, places,
 * events) and the relations between them, each relation backed by the sentences that state it.
 */
export type QueryGraphArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Jejaring: a knowledge graph of the news. Entities (people, countries, organisations, places,
 * events) and the relations between them, each relation backed by the sentences that state it.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Jejaring: a knowledge graph of the news. Entities (people, countries, organisations, places,
 * events) and the relations between them, each relation backed by the sentences that state it.
 */
export type QuerySearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Jejaring: a knowledge graph of the news. Entities (people, countries, organisations, places,
 * events) and the relations between them, each relation backed by the sentences that state it.
 */
export type QueryShortestPathArgs = {
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  to: Scalars['ID']['input'];
};

/** A directed, typed relation between two entities, with the evidence that states it. */
export type Relation = {
  __typename?: 'Relation';
  evidence: Array<Evidence>;
  from: Entity;
  /** `<from>|<TYPE>|<to>` */
  id: Scalars['ID']['output'];
  /** Other properties (status, claimedBy, role, ...) as a JSON object. */
  properties: Maybe<Scalars['JSON']['output']>;
  to: Entity;
  /** UPPER_SNAKE type, e.g. LEADS. */
  type: Scalars['String']['output'];
};

export type RelationInput = {
  /** Each source must exist, except "manual". Empty or absent: one evidence item from "manual". */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  from: Scalars['ID']['input'];
  /** A flat JSON object, as in seed files; a null value removes that key. */
  properties?: InputMaybe<Scalars['JSON']['input']>;
  to: Scalars['ID']['input'];
  type: Scalars['String']['input'];
};

/** `russian-federation → russia (alias "Russia")` */
export type Resolution = {
  __typename?: 'Resolution';
  from: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  to: Scalars['ID']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  /** The name or alias that matched best; null when only the description matched. */
  matched: Maybe<Scalars['String']['output']>;
  /** Higher is better; an exact name or alias match scores more than a partial one. */
  score: Scalars['Float']['output'];
};

export type SeedFormat =
  /** The CSV pair (plus optional sources.csv), each file as a string or as base64 bytes (`entitiesBase64` …). */
  | 'CSV'
  /** Cytoscape.js JSON, as the explorer exports it. */
  | 'CYTOSCAPE'
  /** GEXF (Gephi, Jejaring's export), the text of the file. */
  | 'GEXF'
  /** GraphML (Neo4j APOC, yEd, Gephi, Jejaring's export), the text of the file. */
  | 'GRAPHML'
  /** A seed file (docs/seed-format.md). */
  | 'JSON';

/** An article (or other document) that entities and relations come from. */
export type Source = {
  __typename?: 'Source';
  /** Entities it mentions. */
  entityCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  language: Maybe<Scalars['String']['output']>;
  publishedAt: Maybe<Scalars['String']['output']>;
  publisher: Maybe<Scalars['String']['output']>;
  /** Relations it gives evidence for. */
  relationCount: Scalars['Int']['output'];
  /** The full text, verbatim, when the seed gave one (it can be big: ask for it only where needed). */
  text: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};

export type Stats = {
  __typename?: 'Stats';
  byRelationType: Array<Count>;
  byType: Array<Count>;
  entityCount: Scalars['Int']['output'];
  relationCount: Scalars['Int']['output'];
  sourceCount: Scalars['Int']['output'];
};

export type Subgraph = {
  __typename?: 'Subgraph';
  /** Only relations whose two ends are both in `nodes`. */
  edges: Array<Relation>;
  /** Each entity once. */
  nodes: Array<Entity>;
  /** True when a limit cut the result short. */
  truncated: Scalars['Boolean']['output'];
};

export type TextSpan = {
  __typename?: 'TextSpan';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleModel>;
  ArticleQuote: ResolverTypeWrapper<LocatedQuote>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Count: ResolverTypeWrapper<Count>;
  Direction: Direction;
  Draft: ResolverTypeWrapper<Draft>;
  DraftCandidate: ResolverTypeWrapper<DraftCandidate>;
  DraftMention: ResolverTypeWrapper<DraftMention>;
  DraftSourceInput: DraftSourceInput;
  DraftSpan: ResolverTypeWrapper<DraftSpan>;
  DraftSuggestion: ResolverTypeWrapper<DraftSuggestion>;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityInput: EntityInput;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  EvidenceInput: EvidenceInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportError: ResolverTypeWrapper<ImportError>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mention: ResolverTypeWrapper<LocatedMention>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Position: ResolverTypeWrapper<Position>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationModel>;
  RelationInput: RelationInput;
  Resolution: ResolverTypeWrapper<Resolution>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SeedFormat: SeedFormat;
  Source: ResolverTypeWrapper<SourceModel>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  TextSpan: ResolverTypeWrapper<TextSpan>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleModel;
  ArticleQuote: LocatedQuote;
  Boolean: Scalars['Boolean']['output'];
  Count: Count;
  Draft: Draft;
  DraftCandidate: DraftCandidate;
  DraftMention: DraftMention;
  DraftSourceInput: DraftSourceInput;
  DraftSpan: DraftSpan;
  DraftSuggestion: DraftSuggestion;
  Entity: EntityModel;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityInput: EntityInput;
  Evidence: EvidenceModel;
  EvidenceInput: EvidenceInput;
  Float: Scalars['Float']['output'];
  Health: Health;
  ID: Scalars['ID']['output'];
  ImportError: ImportError;
  ImportReport: ImportReport;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Mention: LocatedMention;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Position: Position;
  Query: Record<PropertyKey, never>;
  Relation: RelationModel;
  RelationInput: RelationInput;
  Resolution: Resolution;
  SearchHit: SearchHitModel;
  Source: SourceModel;
  Stats: Stats;
  String: Scalars['String']['output'];
  Subgraph: SubgraphModel;
  TextSpan: TextSpan;
};

export type ArticleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['ArticleQuote']>, ParentType, ContextType>;
  sentences?: Resolver<Array<ResolversTypes['TextSpan']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleQuoteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleQuote'] = ResolversParentTypes['ArticleQuote']> = {
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  sentence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DraftResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Draft'] = ResolversParentTypes['Draft']> = {
  candidates?: Resolver<Array<ResolversTypes['DraftCandidate']>, ParentType, ContextType>;
  knownEntities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['DraftMention']>, ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sentences?: Resolver<Array<ResolversTypes['DraftSpan']>, ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['DraftSuggestion']>, ParentType, ContextType>;
};

export type DraftCandidateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftCandidate'] = ResolversParentTypes['DraftCandidate']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cue?: Resolver<Maybe<ResolversTypes['DraftSpan']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DraftMentionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftMention'] = ResolversParentTypes['DraftMention']> = {
  alternatives?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  candidate?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DraftSpanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftSpan'] = ResolversParentTypes['DraftSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DraftSuggestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DraftSuggestion'] = ResolversParentTypes['DraftSuggestion']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inSeed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layout?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<EntityRelationsArgs, 'direction' | 'limit'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<EntityStatementsArgs, 'limit'>>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  neo4jEdition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neo4jVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportError'] = ResolversParentTypes['ImportError']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  createdEntityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entitiesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesResolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportError']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relationsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationsRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationsUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolutions?: Resolver<Array<ResolversTypes['Resolution']>, ParentType, ContextType>;
  sourcesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourcesRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourcesUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MentionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  deleteEntity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'id'>>;
  deleteSource?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationDeleteSourceArgs, 'id'>>;
  importSeed?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportSeedArgs, 'dryRun' | 'format' | 'replace' | 'resolve' | 'seed'>>;
  upsertEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpsertEntityArgs, 'input'>>;
  upsertRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType, RequireFields<MutationUpsertRelationArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PositionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'source'>>;
  draftSeed?: Resolver<ResolversTypes['Draft'], ParentType, ContextType, RequireFields<QueryDraftSeedArgs, 'source' | 'text'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  graph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryGraphArgs, 'limit'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'query'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'maxLength' | 'to'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
};

export type RelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResolutionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Resolution'] = ResolversParentTypes['Resolution']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  matched?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  byRelationType?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  byType?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TextSpanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TextSpan'] = ResolversParentTypes['TextSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleQuote?: ArticleQuoteResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  Draft?: DraftResolvers<ContextType>;
  DraftCandidate?: DraftCandidateResolvers<ContextType>;
  DraftMention?: DraftMentionResolvers<ContextType>;
  DraftSpan?: DraftSpanResolvers<ContextType>;
  DraftSuggestion?: DraftSuggestionResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  ImportError?: ImportErrorResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mention?: MentionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  Resolution?: ResolutionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TextSpan?: TextSpanResolvers<ContextType>;
};

