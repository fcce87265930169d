// Sees the value of every resolved field, as @envelop/on-resolve does, but without its per-field
// closures and promise helpers: on a 1-hop answer (~400 fields) those cost ~0.4 ms of CPU per
// request, most of the result-limit counting (docs/benchmarks.md, "Server CPU per request").
// Synchronous values are seen synchronously; a promise is seen when it resolves. Errors are not seen.
import { defaultFieldResolver, getNamedType, isIntrospectionType, isLeafType, isObjectType, type GraphQLSchema } from 'graphql';

/** What is known of a field before it resolves: whether it is a leaf, and its named type. */
export interface FieldShape {
  leaf: boolean;
  typeName: string;
}

/** Called with every field's value; `undefined` from `observerFor` leaves the request unobserved. */
export type FieldObserver = ((shape: FieldShape, key: string | number, value: unknown) => void) & {
  /**
   * Once aborted, no further field resolves (it throws the reason): graphql-tools' executor checks
   * its own signal before every field, a compiled execution (compiled-execution.ts) has none.
   */
  readonly signal?: AbortSignal;
};

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';

/** Wraps every resolver of `schema`'s object types (introspection excepted), once per `token`. */
export function observeFieldResults(
  schema: GraphQLSchema,
  token: symbol,
  observerFor: (context: unknown) => FieldObserver | undefined,
): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const marked = field as typeof field & Record<symbol, boolean>;
      if (marked[token]) continue;
      marked[token] = true;
      const named = getNamedType(field.type);
      const shape: FieldShape = { leaf: isLeafType(named), typeName: named.name };
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const observe = observerFor(context);
        observe?.signal?.throwIfAborted();
        const value: unknown = resolve(source, args, context, info);
        if (!observe) return value;
        const key = info.path.key;
        if (!isPromiseLike(value)) {
          if (!(value instanceof Error)) observe(shape, key, value);
          return value;
        }
        return Promise.resolve(value).then((resolved) => {
          if (!(resolved instanceof Error)) observe(shape, key, resolved);
          return resolved;
        });
      };
    }
  }
}
