// Writes need "Authorization: Bearer <API_TOKEN>". Tokens are compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from './context';
import { unauthenticatedError } from './errors';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Hashing first makes both sides the same length, so the comparison leaks neither content nor length. */
export function bearerTokenMatches(header: string | null, token: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (!presented) return false;
  return timingSafeEqual(digest(presented), digest(token));
}

export function generateApiToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Rejects any mutation operation from a request without the token, before a resolver runs. */
export function useWriteAuth(): Plugin<GraphQLContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const definitions: readonly { kind: Kind }[] = args.document.definitions;
      const operation = definitions.find(
        (definition): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION &&
          (args.operationName == null || (definition as OperationDefinitionNode).name?.value === args.operationName),
      );
      if (operation?.operation === 'mutation' && !args.contextValue.canWrite) {
        setResultAndStopExecution({ errors: [unauthenticatedError()] });
      }
    },
  };
}
