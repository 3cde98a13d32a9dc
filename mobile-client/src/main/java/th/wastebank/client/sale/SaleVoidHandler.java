package th.wastebank.client.sale;

import java.sql.SQLException;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.sale.SaleVoid;
import th.wastebank.sync.OpType;

/** A void of a sale or a stock adjustment recorded by mistake (ADR 0020). */
public final class SaleVoidHandler extends OpHandler {
    public SaleVoidHandler() {
        super(OpType.SALE_VOID, "sale_void");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        SaleVoid v = SaleVoid.read(p.payload());
        if (v != null && !SaleService.insertVoid(p.connection(), p.entityId(), v, SyncState.PULLED)) {
            p.markSent("sale_void");
        }
    }
}
