// Plain HTTP routes beside GraphQL: liveness, readiness and the client.
import type { Plugin } from 'graphql-yoga';
import type { DatabaseMonitor } from '../db/monitor';
import { serveStatic } from './static-files';

export interface RouteOptions {
  monitor: DatabaseMonitor;
  /** Built client folder; undefined serves no client. */
  clientDir: string | undefined;
  graphqlEndpoint: string;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function useHttpRoutes({ monitor, clientDir, graphqlEndpoint }: RouteOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === graphqlEndpoint) return;
      if (url.pathname === '/healthz') return endResponse(json(200, { status: 'ok' }));
      if (url.pathname === '/readyz') {
        // From the monitor's state, never a fresh query: answers at once even when Neo4j is frozen.
        const ready = monitor.ready;
        return endResponse(json(ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', neo4j: monitor.state }));
      }
      if (clientDir && (request.method === 'GET' || request.method === 'HEAD')) {
        const response = await serveStatic(clientDir, url.pathname);
        if (response) return endResponse(response);
      }
      return endResponse(json(404, { error: `no route for ${request.method} ${url.pathname}` }));
    },
  };
}
