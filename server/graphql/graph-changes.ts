// Tells `onChange` after every mutation a writer ran (an import, an edit, a deleteSource), so that
// work kept per graph version (the stored layout, server/layout/) is redone. A mutation that
// changed nothing (a dry run, a refused input) costs the job one read: it finds the version unchanged.
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from './context';

export function useGraphChanges(onChange: () => void): Plugin<GraphQLContext> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation' || !args.contextValue.canWrite) return;
      return { onExecuteDone: () => onChange() };
    },
  };
}
