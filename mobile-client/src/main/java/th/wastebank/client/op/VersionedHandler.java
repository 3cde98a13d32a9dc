package th.wastebank.client.op;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpType;

/**
 * An op that sets a versioned record (a member, a product, a scheme): a pulled version is kept
 * unless this phone has an edit of the record still to send, and one this phone sent stays "sent".
 * Giving up a refused edit keeps the record: an earlier version may be on the server.
 */
public abstract class VersionedHandler<T> extends OpHandler {
    protected VersionedHandler(OpType type, String table) {
        super(type, table);
    }

    /** The payload's record; null when it is not one. */
    protected abstract T read(PayloadReader payload);

    protected abstract void save(Pulled change, T record, SyncState state) throws SQLException;

    @Override
    public final void applyPulled(Pulled change) throws SQLException {
        T record = read(change.payload());
        if (record != null && !change.hasPendingOp()) {
            save(change, record, change.keptOrPulled(tables().get(0)));
        }
    }

    @Override
    public final void forget(Connection c, UUID entityId) {
    }
}
