// A GraphQL request body that is not UTF-8 is refused with 400 and where it breaks. Decoding it
// (request.json()) would turn those bytes into U+FFFD, and a seed sent through importSeed would
// be stored changed. Runs after the body-size limit, so it reads a bounded body.
import type { Plugin } from 'graphql-yoga';
import { describeInvalidUtf8, invalidUtf8Offset } from '../domain/text-checks';

export function useUtf8Body({ endpoint }: { endpoint: string }): Plugin {
  return {
    async onRequest({ request, url, setRequest, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || request.body === null) return;
      const body = new Uint8Array(await request.arrayBuffer());
      const offset = invalidUtf8Offset(body);
      if (offset === undefined) {
        setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body }));
        return;
      }
      const { line, column, message } = describeInvalidUtf8(body, offset);
      const error = {
        message: `The request body is not UTF-8: ${message} at line ${line}, column ${column}.`,
        extensions: { code: 'BAD_REQUEST', line, column, byteOffset: offset },
      };
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [error] }), { status: 400, headers: { 'content-type': 'application/json' } }),
      );
    },
  };
}
