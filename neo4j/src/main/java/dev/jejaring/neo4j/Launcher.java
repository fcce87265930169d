package dev.jejaring.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts a real Neo4j DBMS (embedded) with its Bolt connector on, prints one ready line,
 * and shuts down cleanly on SIGTERM/SIGINT or when the process that started it dies.
 *
 * Usage: Launcher --data DIR [--host 127.0.0.1] [--port 7687] [--parent-pid PID] [--page-cache 256m]
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    String data = null;
    String host = "127.0.0.1";
    int port = 7687;
    long parentPid = -1;
    String pageCache = "256m";
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--data" -> { data = value; i++; }
        case "--host" -> { host = value; i++; }
        case "--port" -> { port = Integer.parseInt(value); i++; }
        case "--parent-pid" -> { parentPid = Long.parseLong(value); i++; }
        case "--page-cache" -> { pageCache = value; i++; }
        default -> fail("unknown argument " + args[i]);
      }
    }
    if (data == null) fail("--data DIR is required");
    // From the start, not once ready: a parent that dies while the store opens must not leave
    // this JVM holding the port and the data folder's lock.
    if (parentPid > 0) watchParent(parentPid);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(data))
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
        .setConfig(HttpConnector.enabled, false)
        // Bound to loopback only; the bundled instance is a local development database.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        .build();

    Object lock = new Object();
    Thread shutdown = new Thread(() -> {
      dbms.shutdown();
      System.out.println("neo4j stopped");
      System.out.flush();
    }, "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    // Touch the default database so "ready" means queries will succeed.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("neo4j ready bolt://" + host + ":" + port);
    System.out.flush();

    synchronized (lock) {
      lock.wait();
    }
  }

  /** Exits (running the shutdown hook) once the parent process is gone: no orphaned JVMs. */
  private static void watchParent(long pid) {
    Optional<ProcessHandle> parent = ProcessHandle.of(pid);
    Thread watcher = new Thread(() -> {
      while (parent.map(ProcessHandle::isAlive).orElse(false)) {
        try {
          Thread.sleep(Duration.ofMillis(500).toMillis());
        } catch (InterruptedException e) {
          return;
        }
      }
      System.out.println("parent process " + pid + " is gone; stopping neo4j");
      System.exit(0);
    }, "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void fail(String message) {
    System.err.println("launcher: " + message);
    System.exit(2);
  }
}
