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
 * organisations of their own.
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
            try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + db.port() + "/", "root", "");
                 Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + SCHEMA);
                st.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return db;
    }

    public static String url() {
        return server().jdbcUrl(SCHEMA);
    }

    /** A connection of its own (autocommit), for checking what the server wrote. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "root", "");
    }

    /** The URL of a schema made by {@link #freshSchemaUrl} (without emptying it again). */
    public static String freshUrlOf(String schema) {
        return server().jdbcUrl(schema);
    }

    /** A fresh, empty schema on the same server (for migration tests). */
    public static String freshSchemaUrl(String schema) throws SQLException {
        server();
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + db.port() + "/", "root", "");
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + schema);
            st.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return db.jdbcUrl(schema);
    }
}
