// A loopback TCP relay between the driver and Neo4j that counts round trips: each time the client
// sends after Neo4j has answered is one more turn. Bolt pipelines the messages of one turn
// (BEGIN+RUN+PULL), so turns, not messages, are what a query's latency pays for.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface BoltProxy {
  /** bolt://127.0.0.1:<port>: give this to the driver. */
  uri: string;
  /** Client turns since the last reset (the first write of a connection counts as one). */
  turns(): number;
  reset(): void;
  /**
   * The connections open now stay open, silently, and are cut when the driver next writes to one:
   * what a pooled connection looks like after Neo4j or the network dropped it unnoticed.
   */
  severOpenConnections(): void;
  close(): Promise<void>;
}

export async function startBoltProxy(target: string): Promise<BoltProxy> {
  const { hostname, port } = new URL(target);
  let turns = 0;
  const sockets = new Set<Socket>();
  const doomed = new WeakSet<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(port || 7687), hostname === 'localhost' ? '127.0.0.1' : hostname);
    sockets.add(client).add(upstream);
    let lastFromClient = false;
    client.on('data', (chunk) => {
      if (doomed.has(client)) {
        client.destroy();
        return;
      }
      if (!lastFromClient) turns += 1;
      lastFromClient = true;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      lastFromClient = false;
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const proxyPort = typeof address === 'object' && address ? address.port : 0;
  return {
    uri: `bolt://127.0.0.1:${proxyPort}`,
    turns: () => turns,
    reset: () => {
      turns = 0;
    },
    severOpenConnections: () => {
      for (const socket of sockets) doomed.add(socket);
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
