package org.tahub.infrastructure.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.tahub.infrastructure.postgres.EmbeddedPostgresServer;

/**
 * Quarkus test resource: one real PostgreSQL server per test JVM (started on first use, stopped when the JVM
 * exits), with a database named after the {@code database} init argument (default {@code tahub}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgresServer server;
    private String database = "tahub";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        EmbeddedPostgresServer pg = shared();
        pg.createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.jdbcUrl(database),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", "");
    }

    /** The server of this JVM, for tests that need to talk to it directly. */
    public static synchronized EmbeddedPostgresServer shared() {
        if (server == null) {
            server = EmbeddedPostgresServer.startEphemeral();
            EmbeddedPostgresServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (RuntimeException e) {
                    java.util.logging.Logger.getLogger(PostgresTestResource.class.getName())
                            .warning("PostgreSQL did not stop cleanly: " + e);
                }
            }, "postgres-test-stop"));
        }
        return server;
    }

    @Override
    public void stop() {
        // Kept for the whole JVM: Quarkus may restart the application between test classes.
    }
}
