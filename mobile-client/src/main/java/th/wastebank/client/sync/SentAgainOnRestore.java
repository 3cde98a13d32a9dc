package th.wastebank.client.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Something besides the ops that this phone sent and a server restored from an older backup may
 * have lost (the photos): put back in its own queue when the engine learns of the restore, in the
 * same transaction that puts the ops back (ADR 0009).
 */
@FunctionalInterface
public interface SentAgainOnRestore {
    /** Queues again what the server confirmed since {@code since}, on the caller's connection; answers how many. */
    int queueAgain(Connection c, Instant since) throws SQLException;
}
