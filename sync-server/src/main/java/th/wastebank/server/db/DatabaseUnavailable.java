package th.wastebank.server.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells "the database cannot be reached" (stopped, restarting, crashed, the pool timed out waiting
 * for a connection) from every other failure, wherever the SQLException was wrapped on its way
 * up. Such a request changed nothing (its transaction never committed), so the caller may simply
 * send it again later: it is answered 503 with Retry-After, never 500.
 */
public final class DatabaseUnavailable {
    /** MariaDB/MySQL: server shutdown in progress, connection killed. */
    private static final int SHUTDOWN_IN_PROGRESS = 1053;
    private static final int CONNECTION_KILLED = 1927;

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        return search(failure, new IdentityHashMap<>());
    }

    /**
     * The causes and the suppressed exceptions too: when the link drops inside a batch,
     * Connector/J reports "No operations allowed after statement closed" (no SQLState of class 08)
     * and the lost link shows only in the rollback's failure, which {@link Tx} adds as suppressed.
     */
    private static boolean search(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        if (t instanceof SQLException e && unreachable(e)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (search(suppressed, seen)) {
                return true;
            }
        }
        return search(t.getCause(), seen);
    }

    private static boolean unreachable(SQLException e) {
        // Hikari's "connection is not available, request timed out"; Connector/J's CommunicationsException
        // is an SQLRecoverableException; SQLState class 08 is "connection exception" in the SQL standard
        return e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException
                || (e.getSQLState() != null && e.getSQLState().startsWith("08"))
                || e.getErrorCode() == SHUTDOWN_IN_PROGRESS
                || e.getErrorCode() == CONNECTION_KILLED;
    }
}
