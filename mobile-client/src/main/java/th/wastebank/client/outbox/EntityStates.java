package th.wastebank.client.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.OpHandlers;
import th.wastebank.client.store.SyncState;

/**
 * The sync state shown beside the records an op made, and what giving up a refused op removes:
 * each op type's handler knows its rows ({@link OpHandler#mark}, {@link OpHandler#forget}); an op
 * type this app does not know has none.
 */
final class EntityStates {
    private final OpHandlers handlers;

    EntityStates(OpHandlers handlers) {
        this.handlers = handlers;
    }

    void mark(Connection c, String type, UUID entityId, SyncState state) throws SQLException {
        Optional<OpHandler> h = handlers.of(type);
        if (h.isPresent()) {
            h.get().mark(c, entityId, state);
        }
    }

    /** Removes what a refused op made on this phone, when the server never accepted it. */
    void forget(Connection c, String type, UUID entityId) throws SQLException {
        Optional<OpHandler> h = handlers.of(type);
        if (h.isPresent()) {
            h.get().forget(c, entityId);
        }
    }
}
