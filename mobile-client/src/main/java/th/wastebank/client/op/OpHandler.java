package th.wastebank.client.op;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.sync.OpType;

/**
 * What one op type means on this phone, kept beside the feature that makes it (as the server keeps
 * an applier per op type): how a change pulled from the server is written, which rows show the
 * op's sync state, and what giving up a refused op removes. Handlers are registered once, in the
 * app's wiring ({@link OpHandlers}); the sync engine and the outbox only loop over them.
 */
public abstract class OpHandler {
    private final OpType type;
    private final List<String> tables;

    /**
     * @param tables the tables whose row with the op's entity id is the record the op made on this
     *               phone (for an op that makes a ledger entry, {@code entry} is among them)
     */
    protected OpHandler(OpType type, String... tables) {
        this.type = type;
        this.tables = List.of(tables);
    }

    public final OpType type() {
        return type;
    }

    public final List<String> tables() {
        return tables;
    }

    /**
     * Writes a pulled change in the pull's transaction: another phone's op appears as it came; this
     * phone's own op coming back only marks its rows as sent.
     */
    public abstract void applyPulled(Pulled change) throws SQLException;

    /** Shows {@code state} beside every row the op made. */
    public void mark(Connection c, UUID entityId, SyncState state) throws SQLException {
        for (String table : tables) {
            OpRows.update(c, "UPDATE " + table + " SET sync_state = ? WHERE id = ?", state, entityId);
        }
    }

    /** Removes what a refused op made, when the server never accepted it (only rows neither sent nor pulled go). */
    public void forget(Connection c, UUID entityId) throws SQLException {
        if (type.createsEntry()) {
            OpRows.delete(c, "DELETE FROM deposit_line WHERE entry_id = ?", entityId);
        }
        OpRows.forgetRows(c, tables, entityId);
    }
}
