// The SubgraphShape a request's selection asks for (graphql-parse-resolve-info walks its fragments,
// aliases and @skip/@include). Fields the shape does not name (degree, relations, …) are always
// answered: the shape only names what the compact rows can leave out.
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';
import type { SubgraphShape } from '../../queries/read/subgraph-shape';

/** The fields selected on `typeName` under a field (keyed by alias: several may share a name). */
const fieldsOn = (trees: ResolveTree[], typeName: string): ResolveTree[] =>
  trees.flatMap((tree) => Object.values((tree.fieldsByTypeName as FieldsByTypeName)[typeName] ?? {}));
const named = (trees: ResolveTree[], name: string) => trees.filter((tree) => tree.name === name);
const has = (trees: ResolveTree[], ...names: string[]) => trees.some((tree) => names.includes(tree.name));
const ID_ONLY = new Set(['id', '__typename', 'entityCount', 'relationCount']);

export function subgraphShapeOf(info: GraphQLResolveInfo): SubgraphShape {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  const subgraph = fieldsOn(root ? [root] : [], 'Subgraph');
  const relations = fieldsOn(named(subgraph, 'edges'), 'Relation');
  const entities = fieldsOn([...named(subgraph, 'nodes'), ...named(relations, 'from'), ...named(relations, 'to')], 'Entity');
  const evidence = fieldsOn(named(relations, 'evidence'), 'Evidence');
  const sources = fieldsOn([...named(entities, 'sources'), ...named(evidence, 'source')], 'Source');
  return {
    aliases: has(entities, 'aliases'),
    description: has(entities, 'description'),
    entityProperties: has(entities, 'properties'),
    entitySources: has(entities, 'sources'),
    positions: has(entities, 'position', 'layout'),
    relationProperties: has(relations, 'properties'),
    evidence: has(relations, 'evidence'),
    quotes: has(evidence, 'quote'),
    sourceDetails: sources.some((tree) => !ID_ONLY.has(tree.name)),
  };
}
