package th.wastebank.server.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import th.wastebank.server.db.EmbeddedMariaDb;

/**
 * One real embedded MariaDB per test JVM (under {@code target/test-data}), with a schema that is
 * dropped and recreated when the JVM first asks for it. Tests share it and keep apart by using
 * organisations of their own. Everything signs in as the application's own account
 * ({@link #username()}, {@link #password()}), like the server: root cannot sign in over TCP, and
 * that account may use only schemas whose names begin with {@code wastebank}.
 */
public final class TestDatabase {
    public static final String SCHEMA = "wastebank_test";
    private static EmbeddedMariaDb db;

    private TestDatabase() {
    }

    public static synchronized EmbeddedMariaDb server() {
        if (db == null) {
            Path root = Path.of(System.getProperty("wb.test.data.dir", "target/test-data")).resolve("mariadb");
            db = EmbeddedMariaDb.start(root, 0, 256);
            try {
                recreate(db, SCHEMA);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return db;
    }

    public static String url() {
        return server().jdbcUrl(SCHEMA);
    }

    /** The account the server and the tests sign in with. */
    public static String username() {
        return server().username();
    }

    public static String password() {
        return server().password();
    }

    /** A connection of its own (autocommit), for checking what the server wrote. */
    public static Connection connect() throws SQLException {
        return connect(url());
    }

    /** A connection to any URL of this server (e.g. one from {@link #freshSchemaUrl}). */
    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, username(), password());
    }

    /** The URL of a schema made by {@link #freshSchemaUrl} (without emptying it again). */
    public static String freshUrlOf(String schema) {
        return server().jdbcUrl(schema);
    }

    /** A fresh, empty schema on the same server (for migration tests); its name begins with {@code wastebank}. */
    public static String freshSchemaUrl(String schema) throws SQLException {
        recreate(server(), schema);
        return db.jdbcUrl(schema);
    }

    /** Drops and creates {@code schema} on {@code server}, as its application account. */
    public static void recreate(EmbeddedMariaDb server, String schema) throws SQLException {
        if (!schema.startsWith("wastebank")) {
            throw new IllegalArgumentException("the application account may use only schemas named wastebank…: " + schema);
        }
        try (Connection c = DriverManager.getConnection(EmbeddedMariaDb.serverUrl(server.port()),
                server.username(), server.password());
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + schema);
            st.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }
}
