// Query cost with the variables known, before execution: 1 per field, and a list argument
// (`limit`, `first`) multiplies the cost of what its field selects, so nested lists multiply.
// Runs in onExecute, not as a validation rule: yoga caches validation per document, and the
// same document costs differently with different variables.
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { CostCache } from './cost-cache';
import { limitError } from './limit-errors';
import { ARTICLE_COST, CAPS, DRAFT_COST } from './limits';

/** Every list field with a size argument, and the cap its resolver clamps that argument to. */
export const LIST_SIZE_ARGS: Readonly<Record<string, { arg: string; cap: number }>> = {
  'Query.search': { arg: 'limit', cap: CAPS.searchLimit },
  'Query.entities': { arg: 'first', cap: CAPS.entitiesFirst },
  'Query.neighborhood': { arg: 'limit', cap: CAPS.neighborhoodLimit },
  'Query.graph': { arg: 'limit', cap: CAPS.graphLimit },
  'Entity.relations': { arg: 'limit', cap: CAPS.relationsLimit },
  'Entity.statements': { arg: 'limit', cap: CAPS.statementsLimit },
};

/** Fields whose resolver does work beyond what they return: this much is added to their cost. */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = { 'Query.draftSeed': DRAFT_COST, 'Query.article': ARTICLE_COST };

/** Beyond this many fields visited (fragments spread many times), the document is refused unweighed. */
const MAX_VISITED_FIELDS = 10_000;

/** The size the resolver will use: the argument clamped to 1..cap; null or not a number: the cap. */
function listSize(value: unknown, cap: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return cap;
  return Math.min(Math.max(Math.trunc(value), 1), cap);
}

/**
 * Introspection lists have no size argument: each counts as long as its mean instance in this
 * schema (rounded up), so that `__schema { types { fields { args } } }` is weighed as it would
 * answer: the total of fields over all types, not the number of types times the longest type
 * (which grew with every type added, past the limit for GraphiQL's own query). Depth is bounded by
 * armor, so nesting still multiplies.
 */
const mean = (counts: number[]): number =>
  counts.length === 0 ? 1 : Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / counts.length));

export function introspectionSizes(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  // Mean over the types that have such a list at all; 1 when none has.
  const typical = (count: (type: (typeof types)[number]) => number) => mean(types.map(count).filter((n) => n > 0));
  const fieldsOf = (type: (typeof types)[number]): GraphQLField<unknown, unknown>[] =>
    isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : [];
  return {
    '__Schema.types': types.length,
    '__Schema.directives': schema.getDirectives().length,
    '__Type.fields': typical((type) => fieldsOf(type).length),
    '__Type.inputFields': typical((type) => (isInputObjectType(type) ? Object.keys(type.getFields()).length : 0)),
    '__Type.enumValues': typical((type) => (isEnumType(type) ? type.getValues().length : 0)),
    '__Type.interfaces': typical((type) => (isObjectType(type) || isInterfaceType(type) ? type.getInterfaces().length : 0)),
    '__Type.possibleTypes': typical((type) => (isUnionType(type) || isInterfaceType(type) ? schema.getPossibleTypes(type).length : 0)),
    '__Field.args': mean(types.flatMap((type) => fieldsOf(type).map((field) => field.args.length)).filter((n) => n > 0)),
    '__Directive.args': mean(schema.getDirectives().map((directive) => directive.args.length)),
  };
}

export function costEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const introspection = introspectionSizes(schema);
  return ({ type, field, args, childComplexity }) => {
    const key = `${type.name}.${field.name}`;
    const sized = LIST_SIZE_ARGS[key];
    const size = sized ? listSize(args[sized.arg], sized.cap) : (introspection[key] ?? 1);
    return 1 + (FIELD_WEIGHTS[key] ?? 0) + size * childComplexity;
  };
}

const costMessage = (cost: number, max: number) =>
  `This query would cost ${cost.toLocaleString('en')}, over the limit of ${max.toLocaleString('en')}. ` +
  'Each list argument (limit, first) multiplies the cost of what it selects; ask for less or nest fewer lists.';

/** Refuses, before any resolver runs, an operation whose cost is over `maxCost`. */
export function useCostLimit({ maxCost }: { maxCost: number }): Plugin {
  const estimators = new WeakMap<GraphQLSchema, ComplexityEstimator>();
  const cache = new CostCache(new Set(Object.values(LIST_SIZE_ARGS).map(({ arg }) => arg)), maxCost);
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { schema } = args;
      let estimator = estimators.get(schema);
      if (!estimator) estimators.set(schema, (estimator = costEstimator(schema)));
      const weighWith = estimator;
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      let cost: number;
      try {
        cost = cache.get(schema, args.document, args.operationName, variables, () =>
          getComplexity({
            schema,
            query: args.document,
            variables,
            operationName: args.operationName ?? undefined,
            estimators: [weighWith],
            maxQueryNodes: MAX_VISITED_FIELDS,
          }),
        );
      } catch (error) {
        if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
          const message = `This query spreads its fragments into more than ${MAX_VISITED_FIELDS} fields; it was not run.`;
          setResultAndStopExecution({ errors: [limitError(message, 'COST_LIMIT_EXCEEDED', maxCost)] });
        }
        // Anything else is bad variables: execution reports them, without suggestions.
        return;
      }
      if (cost > maxCost) {
        setResultAndStopExecution({ errors: [limitError(costMessage(cost, maxCost), 'COST_LIMIT_EXCEEDED', maxCost, { cost })] });
      }
    },
  };
}

/** For tests and docs: the cost of an operation on a schema. */
export function operationCost(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown> = {},
): number {
  return getComplexity({ schema, query: document, variables, estimators: [costEstimator(schema)] });
}
