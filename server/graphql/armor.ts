// graphql-armor: limits on the operation document, checked before any resolver runs. Each
// rejection gets a code and HTTP 400 (limit-errors.ts). Cost is counted by cost.ts instead:
// armor's cost limit ignores `limit`/`first` and variables, so nested lists were not multiplied.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ARMOR } from './limits';
import { markLimitError, type LimitCode } from './limit-errors';

const mark =
  (code: LimitCode, limit: number) =>
  (_context: unknown, error: GraphQLError): void => {
    markLimitError(error, code, limit);
  };

/** graphql-js's own rule (MaxIntrospectionDepthRule): lists nested this deep in introspection are refused. */
const INTROSPECTION_LIST_DEPTH = 3;

/**
 * Two limit rejections that armor's hooks do not reach. Yoga flags every parse error as one the
 * spec answers with 200 under application/json, the token limit's too; graphql-js's introspection
 * depth rule has no code. Both refuse the whole request, so both get a code and a 400.
 */
const useLimitStatus = (): Plugin => ({
  // Runs after parsing and validation (where those flags are set), before the status is chosen.
  onResultProcess({ result }) {
    if (Array.isArray(result) || !('errors' in result)) return;
    for (const error of result.errors ?? []) {
      if (!(error instanceof GraphQLError)) continue;
      // Validation says "Did you mean the enum value …?" too; armor only hides field suggestions.
      if (/ Did you mean /.test(error.message)) error.message = error.message.replace(/ Did you mean .*$/s, '');
      // `extensions?.`: graphql-jit's errors (compiled-execution.ts) leave extensions undefined when empty.
      if (error.extensions?.code === 'TOKEN_LIMIT_EXCEEDED') Object.assign(error.extensions, { http: { status: 400 } });
      else if (error.message === 'Maximum introspection depth exceeded')
        markLimitError(error, 'DEPTH_LIMIT_EXCEEDED', INTROSPECTION_LIST_DEPTH);
    }
  },
});

export function useArmor(): Plugin[] {
  const armor: Plugin = EnvelopArmorPlugin({
    maxDepth: { n: ARMOR.maxDepth, ignoreIntrospection: true, onReject: [mark('DEPTH_LIMIT_EXCEEDED', ARMOR.maxDepth)] },
    maxAliases: { n: ARMOR.maxAliases, onReject: [mark('ALIAS_LIMIT_EXCEEDED', ARMOR.maxAliases)] },
    costLimit: { enabled: false },
    maxTokens: { n: ARMOR.maxTokens, onReject: [mark('TOKEN_LIMIT_EXCEEDED', ARMOR.maxTokens)] },
    maxDirectives: { n: ARMOR.maxDirectives, onReject: [mark('DIRECTIVE_LIMIT_EXCEEDED', ARMOR.maxDirectives)] },
    // "Did you mean ...?" would reveal the schema to someone probing it.
    blockFieldSuggestion: { enabled: true },
  });
  return [armor, useLimitStatus()];
}
