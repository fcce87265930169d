// Global setup for e2e: the tests drive the built client, so build it if it is missing or older
// than its sources.
import { ensureClientBuilt } from '../../server/http/client-build';

export default async function setup() {
  await ensureClientBuilt(() => {});
}
