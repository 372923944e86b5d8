package org.tahub.infrastructure.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * Runs the embedded PostgreSQL server in the foreground for {@code deploy/local/up.sh}: keeps its data under the
 * given folder, creates the named databases if missing, writes a ready marker, and stops the server cleanly on
 * SIGTERM or Ctrl-C.
 *
 * <pre>java -cp 'lib/*' org.tahub.infrastructure.postgres.PostgresLauncher DATA_DIR PORT db1,db2,...</pre>
 */
public final class PostgresLauncher {

    private static final Logger LOG = Logger.getLogger(PostgresLauncher.class.getName());

    private PostgresLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: PostgresLauncher DATA_DIR PORT db1,db2,...");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        List<String> databases = Arrays.stream(args[2].split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        Files.createDirectories(data.getParent());
        Path ready = data.resolveSibling(data.getFileName() + ".ready");
        Files.deleteIfExists(ready);

        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping PostgreSQL");
            try {
                Files.deleteIfExists(ready);
            } catch (Exception e) {
                LOG.warning("could not remove " + ready + ": " + e.getMessage());
            }
            server.close();
            stopped.countDown();
        }, "postgres-stop"));

        for (String db : databases) {
            LOG.info((server.createDatabase(db) ? "created database " : "database exists: ") + db);
        }
        Files.writeString(ready, server.jdbcUrl("postgres") + System.lineSeparator());
        LOG.info("PostgreSQL ready on 127.0.0.1:" + server.port() + ", data in " + data);
        stopped.await();
    }
}
