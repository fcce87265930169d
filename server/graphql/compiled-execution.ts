// Executes a document through graphql-jit (@envelop/graphql-jit): compiled once per document, then
// each request of it runs the compiled function instead of graphql-tools' executor walking the AST
// for every field (~12 % of the server's CPU under 32 clients; docs/benchmarks.md, "32 clients (S3-H2)").
// Must come before useResultLimits in the plugin list, so that the limits wrap the compiled execution.
import { useGraphQlJit } from '@envelop/graphql-jit';
import { getOperationAST, getVariableValues, GraphQLError, Kind, type DocumentNode, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { GraphQLContext } from './context';

/**
 * Compiled queries by document text (@envelop/graphql-jit's `cache`), beside the plugin's own map by
 * document object. Not needed in the server: yoga's parse cache hands the same document object to
 * every request of a text, so compiled queries live exactly as long as yoga keeps the document (an
 * LRU of 1,024 for an hour) and take no memory of their own beyond it. Tests pass one to see every
 * compilation (`set`).
 */
export interface CompiledQueryCache {
  get(documentText: string): unknown;
  set(documentText: string, compiled: unknown): void;
}

/**
 * Only documents with exactly one operation: the plugin keys its compiled queries by document alone,
 * so a document holding several could run the one compiled first whatever operationName asks.
 * Those, and subscriptions (none in the schema), go to the ordinary executor.
 */
function compilable(document: DocumentNode, operationName: string | null | undefined): boolean {
  let operations = 0;
  for (const definition of document.definitions) if (definition.kind === Kind.OPERATION_DEFINITION) operations += 1;
  if (operations !== 1) return false;
  const operation = getOperationAST(document, operationName);
  return operation ? operation.operation !== 'subscription' : false;
}

type Execute = (args: ExecutionArgs) => unknown;

const asRequestError = (error: GraphQLError) =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, http: { status: 400 } },
  });

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';

/**
 * graphql-jit's errors carry `locations` only; yoga rebuilds every error from its source and
 * positions when it serialises the answer, so they would lose where in the document they are.
 * Rebuilt here as graphql-js errors at the same places (only answers with errors pay for it).
 */
function located(result: unknown, document: DocumentNode): unknown {
  const errors = (result as { errors?: readonly GraphQLError[] } | null)?.errors;
  const source = document.loc?.source;
  if (!errors?.length || !source) return result;
  const lineStarts = [0];
  for (let i = 0; i < source.body.length; i++) if (source.body[i] === '\n') lineStarts.push(i + 1);
  const rebuilt = errors.map((error) =>
    error.nodes || !error.locations?.length
      ? error
      : new GraphQLError(error.message, {
          source,
          positions: error.locations.map(({ line, column }) => (lineStarts[line - 1] ?? 0) + column - 1),
          path: error.path,
          originalError: error.originalError,
          extensions: error.extensions,
        }),
  );
  return { ...(result as object), errors: rebuilt };
}

export function useCompiledExecution({
  cache,
  logger,
}: {
  cache?: CompiledQueryCache | undefined;
  logger: Logger;
}): Plugin<GraphQLContext> {
  const jit = useGraphQlJit(
    // No stack captured for errors: they are masked or shown by message only (errors.ts).
    { disablingCapturingStackErrors: true },
    {
      ...(cache ? { cache: cache as NonNullable<Parameters<typeof useGraphQlJit>[1]>['cache'] } : {}),
      enableIf: ({ document, operationName }) => compilable(document, operationName),
      // A document graphql-jit cannot compile is answered with the compiler's errors.
      onError: (result) => logger.warn(`graphql-jit could not compile a document: ${result.errors?.map((e) => e.message).join('; ')}`),
    },
  );
  return {
    onExecute(payload) {
      let compiled: Execute | undefined;
      // The plugin decides synchronously (enableIf above is synchronous) and hands over its execute function.
      void jit.onExecute?.({ ...payload, setExecuteFn: (fn: Execute) => (compiled = fn) } as unknown as typeof payload);
      if (!compiled) return;
      const run = compiled;
      // Variables are coerced by graphql-js first, so that bad ones get its messages ("Value "X" does
      // not exist in "Direction" enum"), the same as without the compiler; graphql-jit's say less.
      payload.setExecuteFn((args) => {
        const operation = getOperationAST(args.document, args.operationName);
        const coerced = getVariableValues(args.schema, operation?.variableDefinitions ?? [], args.variableValues ?? {});
        // A 400, as graphql-tools' executor marks the errors of a request it cannot start.
        if (coerced.errors) return { errors: coerced.errors.map(asRequestError) };
        const result = run(args);
        return (isPromiseLike(result) ? result.then((done) => located(done, args.document)) : located(result, args.document)) as ReturnType<
          typeof payload.executeFn
        >;
      });
    },
  };
}
