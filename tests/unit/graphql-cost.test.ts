// Query cost (server/graphql/cost.ts): every list argument counts, literal or variable, and nested lists multiply.
import { getIntrospectionQuery, graphqlSync, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIST_SIZE_ARGS, operationCost } from '../../server/graphql/cost';
import { CAPS, DEFAULT_REQUEST_LIMITS } from '../../server/graphql/limits';
import { buildSchema } from '../../server/graphql/schema';

const schema = buildSchema();
/** Every value in an answer, objects and list items included: what the cost stands for. */
const countValues = (value: unknown): number =>
  Array.isArray(value)
    ? value.reduce((n: number, item) => n + countValues(item), 0)
    : value !== null && typeof value === 'object'
      ? Object.values(value).reduce((n: number, item) => n + 1 + countValues(item), 0)
      : 0;
const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), variables);

// What the explorer sends (client/src/api/operations.ts).
const NODE_FIELDS = 'id type name aliases description properties degree sources { id }';
const EDGE_FIELDS =
  'id type from { id name type } to { id name type } properties evidence { quote source { id title url publisher publishedAt language } }';
const SUBGRAPH = `nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } truncated`;

describe('query cost', () => {
  it('knows the size argument of every list field that has one, and its cap', () => {
    const sized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const arg = field.args.find((a) => a.name === 'limit' || a.name === 'first');
        if (arg) sized.push(`${type.name}.${field.name}:${arg.name}`);
      }
    }
    expect(sized.sort()).toEqual(
      Object.entries(LIST_SIZE_ARGS)
        .map(([key, { arg }]) => `${key}:${arg}`)
        .sort(),
    );
  });

  it('multiplies nested lists: the cost bomb of issue 8 costs billions', () => {
    const bomb = '{ graph(limit:5000){ nodes{ relations(limit:500){ to{ relations(limit:500){ to{ relations(limit:500){ id } } } } } } } }';
    expect(cost(bomb)).toBeGreaterThan(5000 * 500 * 500 * 500);
  });

  it('counts limits given as variables, and defaults from the SDL or the operation', () => {
    const query = 'query($n: Int) { graph(limit: $n) { nodes { id } } }';
    expect(cost(query, { n: 10 })).toBe(1 + 10 * (1 + 1));
    expect(cost(query, { n: 5000 })).toBe(1 + 5000 * (1 + 1));
    // An absent variable leaves the SDL default; null is counted as the cap (an upper bound).
    expect(cost(query, {})).toBe(1 + 500 * 2);
    expect(cost(query, { n: null })).toBe(1 + CAPS.graphLimit * 2);
    expect(cost('{ graph { nodes { id } } }')).toBe(1 + 500 * 2);
    expect(cost('query($n: Int = 3000) { graph(limit: $n) { nodes { id } } }')).toBe(1 + 3000 * 2);
  });

  it('clamps each size to its cap, as the resolvers do', () => {
    expect(cost('{ entity(id: "x") { relations(limit: 100000) { id } } }')).toBe(1 + 1 + CAPS.relationsLimit * 1);
  });

  it('lets the explorer ask for its largest overview, entity and the introspection query', async () => {
    const max = DEFAULT_REQUEST_LIMITS.maxCost;
    expect(cost(`{ graph(limit: 5000) { ${SUBGRAPH} } }`)).toBeLessThanOrEqual(max);
    expect(cost(`{ neighborhood(id: "x", depth: 3, limit: 2000) { ${SUBGRAPH} } }`)).toBeLessThanOrEqual(max);
    expect(cost(`{ entity(id: "x") { ${NODE_FIELDS} relations(limit: 500) { ${EDGE_FIELDS} } } }`)).toBeLessThanOrEqual(max);
    const { getIntrospectionQuery } = await import('graphql');
    expect(cost(getIntrospectionQuery())).toBeLessThanOrEqual(max);
  });

  it('weighs nested introspection lists at least as large as the schema answers them', () => {
    // As deep as graphql's own introspection depth rule lets through; deeper is refused in validation.
    const nested = '{ __schema { types { fields { name args { name } type { name fields { name args { name } } } } } } }';
    const answer = graphqlSync({ schema, source: nested });
    expect(answer.errors).toBeUndefined();
    expect(cost(nested)).toBeGreaterThanOrEqual(countValues(answer.data));
    const standard = graphqlSync({ schema, source: getIntrospectionQuery() });
    expect(cost(getIntrospectionQuery())).toBeGreaterThanOrEqual(countValues(standard.data));
  });
});

describe('fields that work beyond what they return', () => {
  it('weighs article(source) so that one request cannot open hundreds of big texts', () => {
    const article = (i: number) => `a${i}: article(source: "s${i}") { sentences { start } }`;
    const some = Array.from({ length: 5 }, (_, i) => article(i)).join(' ');
    const many = Array.from({ length: 50 }, (_, i) => article(i)).join(' ');
    expect(cost(`{ ${some} }`)).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.maxCost);
    expect(cost(`{ ${many} }`)).toBeGreaterThan(DEFAULT_REQUEST_LIMITS.maxCost);
  });
});
