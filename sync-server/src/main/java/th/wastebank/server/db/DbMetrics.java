package th.wastebank.server.db;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts requests that failed because of the database, for the operators' metrics ({@code GET
 * /api/v1/admin/metrics}); transactions tried again are counted by {@link TxRetry}. Static, like
 * those counters; it only ever grows (Prometheus takes the rate).
 */
public final class DbMetrics {
    private static final LongAdder ERRORS = new LongAdder();

    private DbMetrics() {
    }

    /** A request that failed because of the database (unreachable, or an SQL error nothing handled). */
    public static void error() {
        ERRORS.increment();
    }

    public static long errors() {
        return ERRORS.sum();
    }
}
