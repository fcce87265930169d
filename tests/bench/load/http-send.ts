// A lean load generator's request: node:http over keep-alive sockets (one per client loop), the
// answer read as one string and parsed only when it may hold errors. Node's fetch (undici) cost the
// load generator ~1.2 ms of CPU per 1-hop request on the bench machine, as much as a third of the
// server's own, on the same 2 cores; this costs a fraction of it (docs/benchmarks.md, S2-H2).
import { Agent, request } from 'node:http';
import type { Send } from './run-load';

/** A `Send` over its own keep-alive agent with up to `sockets` connections. */
export function httpSend(sockets: number): { send: Send; close(): void } {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const send: Send = (url, body, timeoutMs) =>
    new Promise((resolve) => {
      const failed = (error: Error) =>
        resolve(
          error.name === 'TimeoutError'
            ? { kind: 'timeout', message: `no answer within ${timeoutMs} ms` }
            : { kind: `network ${error.name}`, message: String(error).slice(0, 300) },
        );
      const outgoing = request(
        url,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) },
          signal: AbortSignal.timeout(timeoutMs),
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', failed);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (response.statusCode !== 200) return resolve({ kind: `HTTP ${response.statusCode}`, message: text.slice(0, 300) });
            // Only an answer that mentions "errors" (or is not one whole JSON object) can hold any: parse just those.
            if (text.startsWith('{"data":') && text.endsWith('}') && !text.includes('"errors"')) return resolve(null);
            try {
              const first = (JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] }).errors?.[0];
              resolve(first ? { kind: `GraphQL ${first.extensions?.code ?? '(no code)'}`, message: first.message.slice(0, 300) } : null);
            } catch (error) {
              failed(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
      );
      outgoing.on('error', (error) => failed(error.name === 'AbortError' && error.cause instanceof Error ? error.cause : error));
      outgoing.end(body);
    });
  return { send, close: () => agent.destroy() };
}
