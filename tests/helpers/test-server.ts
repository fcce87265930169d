// The real app listening on a free loopback port, serving the e2e build of the client: what e2e tests open.
import { createServer, type Server } from 'node:http';
import { E2E_CLIENT_DIST } from './e2e-client';
import { createTestApp, type TestAppOptions } from './test-app';

export async function startTestServer(options: TestAppOptions = {}) {
  const testApp = await createTestApp({ clientDir: E2E_CLIENT_DIST, ...options });
  const server: Server = createServer(testApp.app.requestListener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    ...testApp,
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await testApp.close();
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
