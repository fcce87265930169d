// A small typed GraphQL client over fetch. Errors keep their `extensions.code` so the UI can tell
// "bad token" from "database down".

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

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<T> {
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
