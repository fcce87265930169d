// A small typed GraphQL client over fetch. Documents come from the generated client
// (client/src/generated, typed by `npm run codegen`), so answers and variables are typed from the
// SDL. Errors keep their `extensions.code` so the UI can tell "bad token" from "database down".
import type { TypedDocumentString } from '../generated';

export interface GraphQLErrorItem {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly errors: GraphQLErrorItem[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export const ENDPOINT = '/graphql';

export async function gql<T, V>(document: TypedDocumentString<T, V>, variables: V, token?: string | null): Promise<T> {
  const query = document.toString();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (error) {
    throw new GraphQLRequestError(`The server is unreachable (${(error as Error).message}).`, 'NETWORK');
  }
  let body: { data?: T | null; errors?: GraphQLErrorItem[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status} without JSON.`, 'NETWORK');
  }
  const first = body.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code ?? 'GRAPHQL_ERROR', body.errors);
  if (body.data === undefined || body.data === null) throw new GraphQLRequestError(`Empty answer (${response.status}).`, 'GRAPHQL_ERROR');
  return body.data;
}
