package org.tahub.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A session of its own on the application's database, outside its pool: what another instance of the service, or an
 * operator, has. Closing it ends the session, which rolls back what it holds and releases its locks.
 */
public final class OtherSession implements AutoCloseable {

    /** The advisory-lock key that elects the relay, as {@code OutboxRelay} has it. */
    private static final long RELAY_LOCK = 0x7461687562L;

    private final Connection connection;

    private OtherSession(Connection connection) {
        this.connection = connection;
    }

    public static OtherSession open() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
        source.setUser(ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class));
        try {
            return new OtherSession(source.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("no session on the test database", e);
        }
    }

    /**
     * Another instance holds the relay's election until this session closes: this instance's relay sends nothing
     * meanwhile, and committed rows wait in the outbox (as they do while the leader cannot reach the broker).
     */
    public static OtherSession leadingTheRelay() {
        OtherSession session = open();
        session.query("select pg_advisory_lock(?)", RELAY_LOCK);
        return session;
    }

    public Connection connection() {
        return connection;
    }

    /** Runs a query that returns one value (or none), with its parameters. */
    public Object query(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("the session did not close", e);
        }
    }
}
