package th.wastebank.client.sale;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.OpRows;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.sale.SaleRecord;
import th.wastebank.sync.OpType;

/** A sale with its lines. */
public final class SaleRecordHandler extends OpHandler {
    public SaleRecordHandler() {
        super(OpType.SALE_RECORD, "sale");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        SaleRecord s = SaleRecord.read(p.payload());
        if (s != null && !SaleService.insertSale(p.connection(), p.entityId(), s, SyncState.PULLED)) {
            p.markSent("sale");
        }
    }

    @Override
    public void forget(Connection c, UUID entityId) throws SQLException {
        OpRows.delete(c, "DELETE FROM sale_line WHERE sale_id = ? AND sale_id IN (SELECT id FROM sale"
                + " WHERE sync_state NOT IN ('SENT', 'PULLED'))", entityId);
        super.forget(c, entityId);
    }
}
