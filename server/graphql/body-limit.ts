// Rejects GraphQL request bodies over the limit with 413 before yoga parses them. Content-Length
// is checked first; bodies without one (chunked) are counted while read, and stop at the limit.
import type { Plugin } from 'graphql-yoga';

const tooLarge = (maxBytes: number) =>
  new Response(
    JSON.stringify({
      errors: [
        {
          message: `The request body is larger than ${maxBytes / (1024 * 1024)} MB. Load big seeds with the CLI: npm run seed -- <file>.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes },
        },
      ],
    }),
    { status: 413, headers: { 'content-type': 'application/json' } },
  );

/** Reads at most `maxBytes` (+1 to notice more); undefined when the body is larger. */
async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export function useBodyLimit({ maxBytes, endpoint }: { maxBytes: number; endpoint: string }): Plugin {
  return {
    async onRequest({ request, url, setRequest, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || request.body === null) return;
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (declared > maxBytes) return endResponse(tooLarge(maxBytes));
      if (Number.isFinite(declared)) return;
      const body = await readLimited(request.body, maxBytes);
      if (!body) return endResponse(tooLarge(maxBytes));
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body }));
    },
  };
}
