package th.wastebank.client.dividend;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.OpRows;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.dividend.DividendRun;
import th.wastebank.sync.OpType;

/** A dividend run: its row, the bank's entry (under the run's id) and one credit per member. */
public final class DividendRunHandler extends OpHandler {
    public DividendRunHandler() {
        super(OpType.DIVIDEND_RUN, "dividend_run", "entry");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        DividendRun run = DividendRun.read(p.payload());
        if (run != null && !DividendService.insert(p.connection(), p.ledger(), p.entityId(), run, SyncState.PULLED)) {
            p.markSent("dividend_run");
            p.markSentWith("UPDATE entry SET sync_state = 'SENT' WHERE sync_state <> 'PULLED'"
                    + " AND (id = ? OR id IN (SELECT entry_id FROM dividend_line WHERE run_id = ?))",
                    p.entityId(), p.entityId());
        }
    }

    @Override
    public void mark(Connection c, UUID entityId, SyncState state) throws SQLException {
        super.mark(c, entityId, state);
        OpRows.update(c, "UPDATE entry SET sync_state = ? WHERE id IN"
                + " (SELECT entry_id FROM dividend_line WHERE run_id = ?)", state, entityId);
    }

    /** The run, its lines and every entry it made go, unless the server has the run. */
    @Override
    public void forget(Connection c, UUID entityId) throws SQLException {
        OpRows.delete(c, "DELETE FROM entry WHERE sync_state NOT IN ('SENT', 'PULLED') AND id IN (SELECT l.entry_id"
                + " FROM dividend_line l JOIN dividend_run r ON r.id = l.run_id WHERE l.run_id = ?"
                + " AND r.sync_state NOT IN ('SENT', 'PULLED'))", entityId);
        OpRows.delete(c, "DELETE FROM dividend_line WHERE run_id = ?"
                + " AND run_id IN (SELECT id FROM dividend_run WHERE sync_state NOT IN ('SENT', 'PULLED'))", entityId);
        OpRows.forgetRows(c, tables(), entityId);
    }
}
