package th.wastebank.client.product;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.product.ProductUpsert;
import th.wastebank.sync.OpType;

/** A product's version: a pulled one is kept unless this phone has an edit of it still to send. */
public final class ProductUpsertHandler implements OpHandler {
    @Override
    public OpType type() {
        return OpType.PRODUCT_UPSERT;
    }

    @Override
    public List<String> tables() {
        return List.of("product");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        ProductUpsert u = ProductUpsert.read(p.payload());
        if (u != null && !p.hasPendingOp()) {
            ProductService.save(p.connection(), p.entityId(), u, p.keptOrPulled("product"),
                    p.serverTime().toEpochMilli());
        }
    }

    /** Kept: products are versioned, and an earlier version may be on the server. */
    @Override
    public void forget(Connection c, UUID entityId) {
    }
}
