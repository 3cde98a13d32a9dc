package th.wastebank.client.sale;

import java.sql.SQLException;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.sale.StockAdjust;
import th.wastebank.sync.OpType;

/** An adjustment of the stock of one material. */
public final class StockAdjustHandler extends OpHandler {
    public StockAdjustHandler() {
        super(OpType.STOCK_ADJUST, "stock_adjustment");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        StockAdjust a = StockAdjust.read(p.payload());
        if (a != null && !SaleService.insertAdjustment(p.connection(), p.entityId(), a, SyncState.PULLED)) {
            p.markSent("stock_adjustment");
        }
    }
}
