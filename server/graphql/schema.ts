// The executable schema: SDL from schema/*.graphql plus the resolvers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSchema } from 'graphql-yoga';
import type { GraphQLContext } from './context';
import { resolvers } from './resolvers';

const schemaDir = fileURLToPath(new URL('../../schema/', import.meta.url));

export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(schemaDir, file), 'utf8'));
}

export function buildSchema() {
  return createSchema<GraphQLContext>({ typeDefs: loadTypeDefs(), resolvers });
}
