// graphql-armor: limits on the operation document, checked before any resolver runs.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import { ARMOR } from './limits';

export function useArmor(): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: ARMOR.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: ARMOR.maxAliases },
    costLimit: { maxCost: ARMOR.maxCost, ignoreIntrospection: true },
    maxTokens: { n: ARMOR.maxTokens },
    maxDirectives: { n: ARMOR.maxDirectives },
    // "Did you mean ...?" would reveal the schema to someone probing it.
    blockFieldSuggestion: { enabled: true },
  });
}
