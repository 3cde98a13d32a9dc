package th.wastebank.client.product;

import java.sql.SQLException;

import th.wastebank.client.op.Pulled;
import th.wastebank.client.op.VersionedHandler;
import th.wastebank.client.store.SyncState;
import th.wastebank.json.PayloadReader;
import th.wastebank.product.ProductUpsert;
import th.wastebank.sync.OpType;

/** A product's version, dated by the server's time. */
public final class ProductUpsertHandler extends VersionedHandler<ProductUpsert> {
    public ProductUpsertHandler() {
        super(OpType.PRODUCT_UPSERT, "product");
    }

    @Override
    protected ProductUpsert read(PayloadReader payload) {
        return ProductUpsert.read(payload);
    }

    @Override
    protected void save(Pulled p, ProductUpsert u, SyncState state) throws SQLException {
        ProductService.save(p.connection(), p.entityId(), u, state, p.serverTime().toEpochMilli());
    }
}
