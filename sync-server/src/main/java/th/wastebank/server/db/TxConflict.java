package th.wastebank.server.db;

/**
 * A transaction {@link Tx} tried {@link TxRetry#ATTEMPTS} times and the database refused each time
 * (conflicting writes through other nodes, locks held too long, a cluster node not ready). Nothing
 * of it was written; it is answered 503 {@code database-busy} with Retry-After, and the phone sends
 * the same push again.
 */
public final class TxConflict extends RuntimeException {
    private final TxRetry.Reason reason;

    public TxConflict(int attempts, TxRetry.Reason reason, Throwable last) {
        super("gave up after " + attempts + " tries (" + reason + "): " + last.getMessage(), last);
        this.reason = reason;
    }

    public TxRetry.Reason reason() {
        return reason;
    }
}
