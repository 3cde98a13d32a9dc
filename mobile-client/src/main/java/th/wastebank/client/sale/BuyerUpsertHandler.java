package th.wastebank.client.sale;

import java.sql.SQLException;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.sale.BuyerUpsert;
import th.wastebank.sync.OpType;

/** A buyer: the server's copy replaces this phone's, unless this phone has a newer edit waiting to be sent. */
public final class BuyerUpsertHandler extends OpHandler {
    public BuyerUpsertHandler() {
        super(OpType.BUYER_UPSERT, "buyer");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        BuyerUpsert b = BuyerUpsert.read(p.payload());
        if (b != null && !p.hasPendingOp()) {
            SaleService.saveBuyer(p.connection(), p.entityId(), b, p.keptOrPulled("buyer"));
        }
    }
}
