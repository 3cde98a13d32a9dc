package th.wastebank.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

/**
 * Runs a unit of work in one database transaction on a connection of its own: committed when the
 * work returns, rolled back when it throws, so nothing is ever half-written. Every write of the
 * server goes through here, and this is the one place a transaction is tried again: when the
 * database rolled it back for a reason that a second try can get past ({@link TxRetry}: a deadlock,
 * a conflict a Galera node found when certifying it, a lock-wait timeout, a node not ready or a link
 * lost before the commit), the whole work runs again from its first statement on a fresh connection,
 * after a growing pause with jitter so two nodes that clashed do not clash again in step. After
 * {@link TxRetry#ATTEMPTS} tries it gives up with {@link TxConflict} (503 with Retry-After); a link
 * lost during the commit itself is not retried (the commit may have happened) but answered 503, and
 * the phone's resend is answered DUPLICATE if it did.
 */
public final class Tx {
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

    /** A write that needs no answer (one statement or a few), retried like any other. */
    public static void write(DataSource dataSource, Step step) {
        readCommitted(dataSource, c -> {
            step.run(c);
            return null;
        });
    }

    public static <R> R readCommitted(DataSource dataSource, Work<R> work) {
        for (int attempt = 1; ; attempt++) {
            boolean committing = false;
            try (Connection c = dataSource.getConnection()) {
                try {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    c.setAutoCommit(false);
                    R result = work.run(c);
                    committing = true;
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException | Error e) {
                    rollbackQuietly(c, e);
                    throw e;
                }
            } catch (SQLException | RuntimeException e) {
                TxRetry.Reason reason = TxRetry.reason(e, committing);
                if (reason == null) {
                    throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
                }
                if (attempt >= TxRetry.ATTEMPTS) {
                    TxRetry.gaveUp(reason);
                    throw new TxConflict(attempt, reason, e);
                }
                TxRetry.retried(reason);
                pause(attempt);
            }
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    /** Half a doubling ceiling (25, 50, 100, 200, 400 ms) plus a random part of the other half: clashing nodes fall out of step. */
    private static void pause(int attempt) {
        long ceiling = TxRetry.FIRST_PAUSE_MS << Math.min(attempt - 1, 4);
        try {
            Thread.sleep(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }
}
