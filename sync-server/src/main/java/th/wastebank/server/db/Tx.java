package th.wastebank.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import javax.sql.DataSource;

/**
 * Runs a unit of work in one database transaction on a connection of its own: committed when the
 * work returns, rolled back when it throws, so nothing is ever half-written. A deadlock or lock
 * timeout, which the database resolves by rolling one transaction back, is retried a few times.
 */
public final class Tx {
    private static final int ATTEMPTS = 4;

    private Tx() {
    }

    @FunctionalInterface
    public interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    /**
     * More work for a transaction that someone else opens, such as the audit-log row of the change it
     * makes: run on that transaction's connection, so both are committed together or not at all.
     */
    @FunctionalInterface
    public interface Step {
        Step NONE = c -> { };

        void run(Connection connection) throws SQLException;
    }

    public static <R> R readCommitted(DataSource dataSource, Work<R> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(false);
                try {
                    R result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException | Error e) {
                    rollbackQuietly(c, e);
                    throw e;
                }
            } catch (SQLTransactionRollbackException e) {
                if (attempt >= ATTEMPTS) {
                    throw new IllegalStateException("gave up after " + attempt + " deadlocks", e);
                }
                sleepBeforeRetry(attempt);
            } catch (SQLException e) {
                if (isLockTimeout(e) && attempt < ATTEMPTS) {
                    sleepBeforeRetry(attempt);
                    continue;
                }
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    private static boolean isLockTimeout(SQLException e) {
        return e.getErrorCode() == 1205;
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    private static void sleepBeforeRetry(int attempt) {
        DbMetrics.retry();
        try {
            Thread.sleep(20L * attempt + (long) (Math.random() * 20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }
}
