// Bounds the work of one execution: entities, relations and bytes of the response, counted as
// fields resolve, and a deadline for queries. Past a limit the execution is aborted (the executor
// resolves no further field) and the answer is that one error, with no data.
import { getOperationAST, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from './context';
import { observeFieldResults, type FieldObserver, type FieldShape } from './field-results';
import { limitError, requestTimeoutError } from './limit-errors';
import type { RequestLimits } from './limits';

type ResultLimits = Pick<RequestLimits, 'maxResultNodes' | 'maxResultEdges' | 'maxResultBytes' | 'requestTimeoutMs'>;

/** What one execution has produced so far, and why it was stopped (if it was). */
class Budget {
  nodes = 0;
  edges = 0;
  bytes = 0;
  readonly controller = new AbortController();
  stopped: GraphQLError | undefined;

  constructor(private readonly limits: ResultLimits) {}

  /** charge(), bound once per request (not a closure per field), with the signal that stops the fields. */
  readonly observe: FieldObserver = Object.assign(
    (shape: FieldShape, key: string | number, value: unknown) => this.charge(shape, key, value),
    {
      signal: this.controller.signal,
    },
  );

  stop(error: GraphQLError): void {
    if (this.stopped) return;
    this.stopped = error;
    this.controller.abort(error);
  }

  /** Counts one resolved field as it will appear in the JSON response. */
  charge(shape: FieldShape, key: string | number, value: unknown): void {
    // "key":value, — the response key is the alias when there is one.
    this.bytes += String(key).length + 4;
    if (shape.leaf) this.bytes += leafBytes(value);
    else if (Array.isArray(value)) {
      this.bytes += 2 + value.length * 3;
      this.count(shape.typeName, value.length);
    } else if (value === null || value === undefined) this.bytes += 4;
    else {
      this.bytes += 2;
      this.count(shape.typeName, 1);
    }
    this.check();
  }

  private count(typeName: string, n: number): void {
    if (typeName === 'Entity') this.nodes += n;
    else if (typeName === 'Relation') this.edges += n;
  }

  private check(): void {
    const { maxResultNodes, maxResultEdges, maxResultBytes } = this.limits;
    if (this.nodes > maxResultNodes)
      this.stop(tooLarge(`more than ${maxResultNodes.toLocaleString('en')} entities`, maxResultNodes, 'maxResultNodes'));
    else if (this.edges > maxResultEdges)
      this.stop(tooLarge(`more than ${maxResultEdges.toLocaleString('en')} relations`, maxResultEdges, 'maxResultEdges'));
    else if (this.bytes > maxResultBytes) this.stop(tooLarge(`more than ${formatBytes(maxResultBytes)}`, maxResultBytes, 'maxResultBytes'));
  }
}

const tooLarge = (what: string, limit: number, name: string) =>
  limitError(
    `The answer would hold ${what}, the most one response may carry; ask for less (a lower limit, fewer fields or fewer aliases).`,
    'RESULT_TOO_LARGE',
    limit,
    { limitName: name },
  );

const formatBytes = (bytes: number) => (bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`);

/** Characters JSON.stringify escapes: quote, backslash, controls, and (lone) surrogates, which it may write as \\uXXXX. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** UTF-8 bytes of a leaf value as JSON, escapes included: a string of control characters is 6 bytes each. */
export function leafBytes(value: unknown): number {
  // Most strings need no escape: their UTF-8 length and two quotes, without building the JSON.
  if (typeof value === 'string') return NEEDS_ESCAPE.test(value) ? Buffer.byteLength(JSON.stringify(value)) : Buffer.byteLength(value) + 2;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).length;
  if (value === null || value === undefined) return 4;
  return Buffer.byteLength(JSON.stringify(value) ?? 'null');
}

/** `work`, or a rejection with the signal's reason as soon as it aborts (the work is left to settle). */
function untilAborted<T>(work: T | Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(work).then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export function useResultLimits(limits: ResultLimits): Plugin<GraphQLContext> {
  const budgets = new WeakMap<object, Budget>();
  const wrapped = Symbol('result-limits');
  const observerFor = (context: unknown) => budgets.get(context as object)?.observe;
  return {
    onSchemaChange({ schema }) {
      observeFieldResults(schema, wrapped, observerFor);
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const isQuery = getOperationAST(args.document, args.operationName)?.operation === 'query';
      setExecuteFn(async (execArgs) => {
        const context = execArgs.contextValue as GraphQLContext & { request?: Request };
        const budget = new Budget(limits);
        budgets.set(context, budget);
        // A client that hangs up stops the work too.
        const onClientGone = () => budget.controller.abort(context.request?.signal?.reason);
        context.request?.signal?.addEventListener('abort', onClientGone, { once: true });
        // Mutations are not cut short: a write would go on in Neo4j after we answered "timeout".
        const timer = isQuery
          ? setTimeout(() => budget.stop(requestTimeoutError(limits.requestTimeoutMs)), limits.requestTimeoutMs)
          : undefined;
        context.signal = budget.controller.signal;
        // Queries' reads stop with the request: the executor abandons Neo4j work once it aborts.
        if (isQuery) context.executor = context.executor.within(budget.controller.signal);
        try {
          // The executor checks `signal` before every field and rejects once it aborts.
          // hideSuggestions: no "Did you mean" in variable errors (graphql 17; on 16, errors.ts strips it).
          const execute = () => executeFn({ ...execArgs, signal: budget.controller.signal, hideSuggestions: true } as typeof execArgs);
          // Answered as soon as it stops, as graphql-tools' executor does, whichever executor runs.
          const result = await untilAborted(execute(), budget.controller.signal);
          return budget.stopped ? { errors: [budget.stopped] } : result;
        } catch (error) {
          if (budget.stopped) return { errors: [budget.stopped] };
          throw error;
        } finally {
          clearTimeout(timer);
          context.request?.signal?.removeEventListener('abort', onClientGone);
          budgets.delete(context);
        }
      });
    },
  };
}
