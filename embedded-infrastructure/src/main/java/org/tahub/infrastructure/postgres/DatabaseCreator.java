package org.tahub.infrastructure.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Creates the suite's databases on a PostgreSQL server you run yourself, unless they exist:
 * {@code java -cp 'lib/*' ...DatabaseCreator JDBC_URL db1,db2} with TAHUB_DB_USER / TAHUB_DB_PASSWORD.
 */
public final class DatabaseCreator {

    private static final Logger LOG = Logger.getLogger(DatabaseCreator.class.getName());
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private DatabaseCreator() {
    }

    public static void main(String[] args) throws SQLException {
        String user = System.getenv().getOrDefault("TAHUB_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("TAHUB_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(args[0], user, password)) {
            for (String db : args[1].split(",")) {
                if (!NAME.matcher(db).matches()) {
                    throw new IllegalArgumentException("not a plain database name: " + db);
                }
                try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, db);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            LOG.info("database exists: " + db);
                            continue;
                        }
                    }
                }
                try (Statement create = c.createStatement()) {
                    create.execute("create database " + db);
                    LOG.info("created database " + db);
                }
            }
        }
    }
}
