package th.wastebank.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import th.wastebank.server.support.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every write runs in {@link Tx}, which runs a transaction the database refused (a deadlock, a
 * Galera certification conflict, a lock-wait timeout, a cluster node not ready, a link lost before
 * the commit) again from its first statement, and gives up with {@link TxConflict} after
 * {@link TxRetry#ATTEMPTS} tries. The refused tries' writes are rolled back on the real MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TxRetryTest {
    private static final String SCHEMA = "wastebank_tx_retry";
    private HikariDataSource pool;
    private String url;

    @BeforeAll
    void pool() throws SQLException {
        url = TestDatabase.freshSchemaUrl(SCHEMA);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(TestDatabase.username());
        config.setPassword(TestDatabase.password());
        config.setMaximumPoolSize(2);
        pool = new HikariDataSource(config);
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE probe (id BIGINT PRIMARY KEY AUTO_INCREMENT, label VARCHAR(40) NOT NULL)");
        }
    }

    @AfterAll
    void close() {
        pool.close();
    }

    @Test
    void aTransactionRefusedFiveTimesOverIsWrittenOnceOnTheSixthTry() {
        AtomicInteger tries = new AtomicInteger();
        long before = TxRetry.retries().get(TxRetry.Reason.CONFLICT);
        String written = Tx.readCommitted(pool, c -> {
            insert(c, "five-refusals");
            if (tries.incrementAndGet() <= 5) {
                throw new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting"
                        + " transaction", "40001", 1213);
            }
            return "written";
        });
        assertEquals("written", written);
        assertEquals(6, tries.get());
        assertEquals(1, rows("five-refusals"), "the refused tries' rows were rolled back");
        assertEquals(5, TxRetry.retries().get(TxRetry.Reason.CONFLICT) - before);
    }

    @Test
    void aGaleraNodeNotReadyAndALockWaitTimeoutAreTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        Tx.write(pool, c -> {
            insert(c, "not-ready");
            switch (tries.incrementAndGet()) {
                case 1 -> throw new SQLException("WSREP has not yet prepared node for application use", "08S01", 1047);
                case 2 -> throw new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205);
                default -> { }
            }
        });
        assertEquals(3, tries.get());
        assertEquals(1, rows("not-ready"));
    }

    @Test
    void aConflictWrappedOnItsWayUpIsStillTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        Tx.write(pool, c -> {
            insert(c, "wrapped");
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("batch failed", new SQLException("Deadlock found", "40001", 1213));
            }
        });
        assertEquals(2, tries.get());
        assertEquals(1, rows("wrapped"));
    }

    @Test
    void aTransactionRefusedEveryTimeGivesUpWithNothingWritten() {
        AtomicInteger tries = new AtomicInteger();
        TxConflict conflict = assertThrows(TxConflict.class, () -> Tx.write(pool, c -> {
            insert(c, "always-refused");
            tries.incrementAndGet();
            throw new SQLException("Deadlock found", "40001", 1213);
        }));
        assertEquals(TxRetry.ATTEMPTS, tries.get());
        assertEquals(TxRetry.Reason.CONFLICT, conflict.reason());
        assertEquals(0, rows("always-refused"));
    }

    @Test
    void otherFailuresAreNotTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> Tx.write(pool, c -> {
            tries.incrementAndGet();
            throw new SQLException("Data too long", "22001", 1406);
        }));
        assertEquals(1, tries.get());
    }

    @Test
    void aLinkLostBeforeTheCommitIsRetriedButNotOneLostDuringIt() {
        SQLException lost = new SQLNonTransientConnectionException("Communications link failure", "08S01");
        assertEquals(TxRetry.Reason.CONNECTION_LOST, TxRetry.reason(lost, false));
        assertNull(TxRetry.reason(lost, true), "the commit may have been applied: the caller sends it again");
        assertNull(TxRetry.reason(new SQLTransientConnectionException("HikariPool-1 - Connection is not available,"
                + " request timed out after 5000ms", "08001", 0, lost), false), "a full pool is not queued on again");
    }

    private static void insert(Connection c, String label) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO probe (label) VALUES (?)")) {
            ps.setString(1, label);
            ps.executeUpdate();
        }
    }

    private long rows(String label) {
        try (Connection c = TestDatabase.connect(url);
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM probe WHERE label = ?")) {
            ps.setString(1, label);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
