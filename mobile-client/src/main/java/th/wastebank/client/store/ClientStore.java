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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The phone's SQLite database in the app's private directory: write-ahead log with
 * {@code synchronous=FULL}, so a change the screen called "saved" survives a crash or a flat
 * battery. Versioned migrations run on open. One connection serves everything; writes are
 * serialised by a lock and each runs in one {@code BEGIN IMMEDIATE} transaction.
 */
public final class ClientStore implements AutoCloseable {
    /** Migrations in order; the store's {@code user_version} says how many have run. */
    private static final List<String> MIGRATIONS = List.of("V1__init.sql", "V2__products_progress_photos.sql",
            "V3__welfare.sql", "V4__balance_index_receipt_numbers.sql", "V5__sent_ops_kept.sql",
            "V6__sales.sql", "V7__committee_roster.sql", "V8__member_numbers.sql", "V9__dividend_runs.sql",
            "V10__member_status.sql", "V11__villages.sql", "V12__entries_between_members.sql",
            "V13__sale_voids.sql", "V14__video_checklist.sql", "V15__step_evidence.sql");
    /**
     * The write-ahead log is copied back into the database and emptied once it passes this size
     * (SQLite's own default is about 4 MB too); the store does it itself after a commit rather
     * than leaving it to SQLite, so the count of checkpoints can be shown by the benchmark and the
     * log's file never stays large after a big pull.
     */
    static final long CHECKPOINT_WAL_BYTES = 4L * 1024 * 1024;

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Path file;
    private final AtomicLong checkpoints = new AtomicLong();
    private final Map<Signal, List<Runnable>> listeners = new ConcurrentHashMap<>();
    /** The signals the running write raised; guarded by the lock. */
    private final Set<Signal> raised = new LinkedHashSet<>();
    /** The store whose write runs on this thread, so {@link #raise} can find it from the connection. */
    private static final ThreadLocal<ClientStore> WRITING = new ThreadLocal<>();
    private static final Logger LOG = Logger.getLogger(ClientStore.class.getName());

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
                st.execute("PRAGMA wal_autocheckpoint=0");
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
        R result;
        List<Runnable> toTell;
        lock.lock();
        try {
            WRITING.set(this);
            try (Statement st = connection.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
            }
            try {
                result = work.run(connection);
                try (Statement st = connection.createStatement()) {
                    st.execute("COMMIT");
                }
                checkpointIfLarge();
                toTell = listenersOf(raised);
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
            raised.clear();
            WRITING.remove();
            lock.unlock();
        }
        tell(toTell);
        return result;
    }

    /**
     * Something a write can announce to whoever listens on this store (the outbox announces an op
     * queued), heard only once the write has committed, outside the store's lock.
     */
    public record Signal(String name) {
    }

    /** Calls {@code listener} after each committed write that raised {@code signal}. */
    public void listen(Signal signal, Runnable listener) {
        listeners.computeIfAbsent(signal, s -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /**
     * Inside a write on {@code c}: {@code signal}'s listeners are called once that write commits
     * (never when it rolls back), however often it is raised.
     */
    public static void raise(Connection c, Signal signal) {
        ClientStore writing = WRITING.get();
        if (writing == null || writing.connection != c) {
            throw new IllegalStateException(signal.name() + " raised outside a write of the store");
        }
        writing.raised.add(signal);
    }

    private List<Runnable> listenersOf(Set<Signal> signals) {
        List<Runnable> out = new ArrayList<>();
        for (Signal s : signals) {
            out.addAll(listeners.getOrDefault(s, List.of()));
        }
        return out;
    }

    /** A listener's failure must not make a committed write look failed to the screen that made it. */
    private static void tell(List<Runnable> toTell) {
        for (Runnable r : toTell) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a listener of the phone's store failed after a commit", e);
            }
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

    /** Bytes in the write-ahead log's file now (0 when there is none). */
    public long walBytes() {
        try {
            Path wal = Path.of(file.toAbsolutePath() + "-wal");
            return Files.exists(wal) ? Files.size(wal) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** How many times this store has emptied its write-ahead log since it was opened. */
    public long checkpoints() {
        return checkpoints.get();
    }

    /**
     * Called with the lock held, right after a commit: the one connection has no reader open then,
     * so a TRUNCATE checkpoint always completes and the log starts again at zero bytes. A failure
     * here loses nothing (the commit is in the log) and is only tried again after the next commit.
     */
    private void checkpointIfLarge() {
        if (walBytes() < CHECKPOINT_WAL_BYTES) {
            return;
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (rs.next() && rs.getInt(1) == 0) {
                checkpoints.incrementAndGet();
            }
        } catch (SQLException e) {
            // the committed data is safe in the log; the next commit tries again
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
