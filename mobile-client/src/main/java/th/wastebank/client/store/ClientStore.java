package th.wastebank.client.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The phone's SQLite database in the app's private directory: write-ahead log with
 * {@code synchronous=FULL}, so a change the screen called "saved" survives a crash or a flat
 * battery. Versioned migrations run on open. One connection serves everything; writes are
 * serialised by a lock and each runs in one {@code BEGIN IMMEDIATE} transaction.
 */
public final class ClientStore implements AutoCloseable {
    /** Migrations in order; the store's {@code user_version} says how many have run. */
    private static final List<String> MIGRATIONS = List.of("V1__init.sql", "V2__products_progress_photos.sql",
            "V3__welfare.sql");

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Path file;

    private ClientStore(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    @FunctionalInterface
    public interface Work<R> {
        R run(Connection c) throws SQLException;
    }

    public static ClientStore open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()
                    + "?jdbc.get_generated_keys=false");
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=FULL");
                st.execute("PRAGMA foreign_keys=ON");
                st.execute("PRAGMA busy_timeout=5000");
            }
            ClientStore store = new ClientStore(c, file);
            store.migrate();
            return store;
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open the phone's database at " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none of it. */
    public <R> R write(Work<R> work) {
        lock.lock();
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
            }
            try {
                R result = work.run(connection);
                try (Statement st = connection.createStatement()) {
                    st.execute("COMMIT");
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try (Statement st = connection.createStatement()) {
                    st.execute("ROLLBACK");
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs a read; it sees only committed data. */
    public <R> R read(Work<R> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** SQLite's own check of every page and index; "ok" when the file is sound. */
    public String integrityCheck() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    public int schemaVersion() {
        return read(ClientStore::userVersion);
    }

    private void migrate() throws SQLException {
        int current = userVersion(connection);
        for (int v = current; v < MIGRATIONS.size(); v++) {
            String sql = resource(MIGRATIONS.get(v));
            int next = v + 1;
            write(c -> {
                try (Statement st = c.createStatement()) {
                    String withoutComments = sql.lines().filter(l -> !l.strip().startsWith("--"))
                            .reduce("", (a, b) -> a + b + "\n");
                    for (String statement : withoutComments.split(";")) {
                        if (!statement.isBlank()) {
                            st.execute(statement);
                        }
                    }
                    st.execute("PRAGMA user_version = " + next);
                }
                return null;
            });
        }
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ClientStore.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException("missing migration " + name, null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + name, e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the phone's database", e);
        } finally {
            lock.unlock();
        }
    }
}
