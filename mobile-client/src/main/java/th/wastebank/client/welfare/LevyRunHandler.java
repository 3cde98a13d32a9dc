package th.wastebank.client.welfare;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.OpRows;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.sync.OpType;
import th.wastebank.welfare.LevyRun;

/** A levy run: its row, its lines, one entry per member and the fund's entry (under the run's id). */
public final class LevyRunHandler extends OpHandler {
    public LevyRunHandler() {
        super(OpType.WELFARE_LEVY_RUN, "welfare_levy", "entry");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        LevyRun run = LevyRun.read(p.payload());
        if (run != null && !LevyService.insert(p.connection(), p.ledger(), p.entityId(), run, SyncState.PULLED)) {
            p.markSent("welfare_levy");
            p.markSentWith("UPDATE entry SET sync_state = 'SENT' WHERE sync_state <> 'PULLED'"
                    + " AND (id = ? OR id IN (SELECT entry_id FROM welfare_levy_line WHERE levy_id = ?))",
                    p.entityId(), p.entityId());
        }
    }

    @Override
    public void mark(Connection c, UUID entityId, SyncState state) throws SQLException {
        super.mark(c, entityId, state);
        OpRows.update(c, "UPDATE entry SET sync_state = ? WHERE id IN"
                + " (SELECT entry_id FROM welfare_levy_line WHERE levy_id = ?)", state, entityId);
    }

    /** The run, its lines and every entry it made go, unless the server has the run. */
    @Override
    public void forget(Connection c, UUID entityId) throws SQLException {
        OpRows.delete(c, "DELETE FROM deposit_line WHERE entry_id = ?", entityId);
        OpRows.delete(c, "DELETE FROM entry WHERE sync_state NOT IN ('SENT', 'PULLED') AND id IN (SELECT l.entry_id"
                + " FROM welfare_levy_line l JOIN welfare_levy r ON r.id = l.levy_id WHERE l.levy_id = ?"
                + " AND r.sync_state NOT IN ('SENT', 'PULLED'))", entityId);
        OpRows.delete(c, "DELETE FROM welfare_levy_line WHERE levy_id = ?"
                + " AND levy_id IN (SELECT id FROM welfare_levy WHERE sync_state NOT IN ('SENT', 'PULLED'))", entityId);
        OpRows.forgetRows(c, tables(), entityId);
    }
}
