// The cost of an operation depends on its variables only where they reach a list size argument
// (`limit`, `first`) or a directive (@include/@skip). Those values, with the operation name, key a
// per-document cache, so that the same document asked for different ids (the explorer's usual
// request) is weighed once, not per request (~0.15–0.3 ms of CPU each; docs/benchmarks.md).
import { visit, type DocumentNode, type GraphQLSchema } from 'graphql';

/** Entries kept per document; past this the document's entries are dropped and counted afresh. */
const MAX_ENTRIES_PER_DOCUMENT = 256;
/** Keys longer than this are weighed every time, not kept: a cache entry must not hold a big body. */
const MAX_KEY_LENGTH = 512;

/** Names of the variables used inside a size argument (any field's, by name) or a directive. */
export function costVariables(document: DocumentNode, sizeArgs: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  let inside = 0;
  const enter = () => void (inside += 1);
  const leave = () => void (inside -= 1);
  visit(document, {
    Directive: { enter, leave },
    Argument: {
      enter: (node) => (sizeArgs.has(node.name.value) ? enter() : undefined),
      leave: (node) => (sizeArgs.has(node.name.value) ? leave() : undefined),
    },
    Variable: (node) => {
      if (inside > 0) names.add(node.name.value);
    },
  });
  return [...names];
}

export class CostCache {
  private readonly bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>>();

  /**
   * Only costs up to `maxCached` are kept: a refused operation is weighed again each time, so that
   * bad variables elsewhere in it are still reported by the weighing, as without the cache.
   */
  constructor(
    private readonly sizeArgs: ReadonlySet<string>,
    private readonly maxCached: number,
  ) {}

  /** The cached cost, or what `weigh` says (then cached). `weigh` may throw: nothing is cached then. */
  get(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Readonly<Record<string, unknown>>,
    weigh: () => number,
  ): number {
    let documents = this.bySchema.get(schema);
    if (!documents) this.bySchema.set(schema, (documents = new WeakMap()));
    let entry = documents.get(document);
    if (!entry) documents.set(document, (entry = { variables: costVariables(document, this.sizeArgs), costs: new Map() }));
    // [value] when given (null included), [] when not: an omitted variable takes its default.
    const key = JSON.stringify([operationName ?? null, ...entry.variables.map((name) => (name in variables ? [variables[name]] : []))]);
    const known = entry.costs.get(key);
    if (known !== undefined) return known;
    const cost = weigh();
    if (cost > this.maxCached || key.length > MAX_KEY_LENGTH) return cost;
    if (entry.costs.size >= MAX_ENTRIES_PER_DOCUMENT) entry.costs.clear();
    entry.costs.set(key, cost);
    return cost;
  }
}
