// CORS: same-origin unless CORS_ORIGINS lists other origins. yoga's default reflects any Origin
// (even `null`) with credentials, which lets any web page read the graph; an empty allow-list in
// its options means the same. So the options are decided per request: no CORS headers at all for
// an origin not on the list, and never credentials (writes use a bearer token, not cookies).
import type { YogaServerOptions } from 'graphql-yoga';

type CorsOption = YogaServerOptions<object, object>['cors'];

export function corsFor(allowed: readonly string[]): CorsOption {
  const origins = new Set(allowed);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !origins.has(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'x-graphql-yoga-csrf'],
      maxAge: 600,
    };
  };
}
