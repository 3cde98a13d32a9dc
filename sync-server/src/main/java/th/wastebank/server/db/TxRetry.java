package th.wastebank.server.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The rule for which failed transactions {@link Tx} runs again, and the counts of how often it did
 * (for the operators' metrics: {@link #retries()} and {@link #gaveUp()}, per reason).
 *
 * <p>On a Galera cluster a transaction is certified against the other nodes' only at commit, so a
 * row lock taken with {@code SELECT … FOR UPDATE} on one node does not hold back a write to the same
 * rows through another: the loser is rolled back with error 1213 (SQLState 40001) at its commit or
 * at its next statement. Running the whole transaction again reads what the winner wrote and is
 * then exact; the same holds for an ordinary InnoDB deadlock and a lock-wait timeout (1205).
 */
public final class TxRetry {
    /** Tries of one transaction in all, the first included. */
    public static final int ATTEMPTS = 6;
    static final long FIRST_PAUSE_MS = 25;

    /** MariaDB/MySQL error codes. */
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    /** Galera: "WSREP has not yet prepared node for application use" (a node leaving or joining). */
    private static final int WSREP_NOT_READY = 1047;

    public enum Reason {
        /** A deadlock, or a write set that lost certification on a Galera cluster. */
        CONFLICT,
        LOCK_WAIT_TIMEOUT,
        /** The node is not (yet, or no longer) part of the cluster's primary component. */
        NODE_NOT_READY,
        /** The link to the database dropped before the commit was sent: nothing was written. */
        CONNECTION_LOST
    }

    private static final Map<Reason, LongAdder> RETRIES = counters();
    private static final Map<Reason, LongAdder> GAVE_UP = counters();

    private TxRetry() {
    }

    /**
     * Why a transaction that failed with {@code failure} may be run again, or null when it may not.
     * A link lost while {@code committing} is not retried: the commit may have been applied.
     */
    public static Reason reason(Throwable failure, boolean committing) {
        return search(failure, committing, new IdentityHashMap<>());
    }

    private static Reason search(Throwable t, boolean committing, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return null;
        }
        if (t instanceof SQLTransientConnectionException) {
            return null; // the pool found no free connection in time: trying again at once would only queue longer
        }
        if (t instanceof SQLException e) {
            Reason r = classify(e, committing);
            if (r != null) {
                return r;
            }
            for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
                r = search(next, committing, seen);
                if (r != null) {
                    return r;
                }
            }
        }
        return search(t.getCause(), committing, seen);
    }

    private static Reason classify(SQLException e, boolean committing) {
        if (e.getErrorCode() == DEADLOCK || "40001".equals(e.getSQLState())) {
            return Reason.CONFLICT;
        }
        if (e.getErrorCode() == LOCK_WAIT_TIMEOUT) {
            return Reason.LOCK_WAIT_TIMEOUT;
        }
        if (e.getErrorCode() == WSREP_NOT_READY) {
            return Reason.NODE_NOT_READY;
        }
        if (!committing && DatabaseUnavailable.isCause(e)) {
            return Reason.CONNECTION_LOST;
        }
        return null;
    }

    static void retried(Reason reason) {
        RETRIES.get(reason).increment();
    }

    static void gaveUp(Reason reason) {
        GAVE_UP.get(reason).increment();
    }

    /** Transactions run again since the server started, by reason. */
    public static Map<Reason, Long> retries() {
        return snapshot(RETRIES);
    }

    /** Transactions given up after {@link #ATTEMPTS} tries (answered 503), by reason. */
    public static Map<Reason, Long> gaveUp() {
        return snapshot(GAVE_UP);
    }

    private static Map<Reason, LongAdder> counters() {
        Map<Reason, LongAdder> m = new EnumMap<>(Reason.class);
        for (Reason r : Reason.values()) {
            m.put(r, new LongAdder());
        }
        return m;
    }

    private static Map<Reason, Long> snapshot(Map<Reason, LongAdder> counters) {
        Map<Reason, Long> m = new EnumMap<>(Reason.class);
        counters.forEach((r, n) -> m.put(r, n.sum()));
        return m;
    }
}
