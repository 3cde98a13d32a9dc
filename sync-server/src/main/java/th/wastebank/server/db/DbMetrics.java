package th.wastebank.server.db;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what the database did to us, for the operators' metrics ({@code GET /api/v1/admin/metrics}):
 * transactions tried again (deadlock, lock-wait timeout, a Galera certification failure) and requests
 * that failed because of the database. Static, because {@link Tx} and the other static helpers that see
 * these failures have no beans; the counters only ever grow (Prometheus takes the rate).
 */
public final class DbMetrics {
    private static final LongAdder RETRIES = new LongAdder();
    private static final LongAdder ERRORS = new LongAdder();

    private DbMetrics() {
    }

    /** A transaction rolled back by the database and about to run again. */
    public static void retry() {
        RETRIES.increment();
    }

    /** A request that failed because of the database (unreachable, or an SQL error nothing handled). */
    public static void error() {
        ERRORS.increment();
    }

    public static long retries() {
        return RETRIES.sum();
    }

    public static long errors() {
        return ERRORS.sum();
    }
}
