package th.wastebank.client.price;

import java.sql.SQLException;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.price.PriceSet;
import th.wastebank.sync.OpType;

/** A price set on some phone, dated by the server's time. */
public final class PriceSetHandler extends OpHandler {
    public PriceSetHandler() {
        super(OpType.PRICE_SET, "price");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        PriceSet s = PriceSet.read(p.payload());
        if (s != null) {
            PriceBoard.insert(p.connection(), p.entityId(), s, p.serverTime().toEpochMilli(), SyncState.PULLED);
            p.markSent("price");
        }
    }
}
