// Asks /readyz: 200 when the server and Neo4j answer, 503 when Neo4j is down, a network error
// when the server itself is gone. app/readiness.ts polls it.
import type { Readiness } from '../core/types';

export async function checkReadiness(): Promise<Readiness> {
  try {
    const response = await fetch('/readyz', { cache: 'no-store' });
    return response.ok ? 'ready' : 'database-down';
  } catch {
    return 'server-down';
  }
}
