package th.wastebank.server.product;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import th.wastebank.product.ProductUpsert;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;

/**
 * {@code product.upsert}: registers or edits an upcycled product. As with members, an edit from an
 * older version still wins in server order and the committee is asked to check (PRODUCT_CONFLICT).
 */
@Singleton
public class ProductApplier implements OpApplier {
    private final List<ProductAdded> whenAdded;

    public ProductApplier(List<ProductAdded> whenAdded) {
        this.whenAdded = whenAdded;
    }

    @Override
    public OpType type() {
        return OpType.PRODUCT_UPSERT;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        ProductBatch.of(batch).want(op.entityId());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) {
        ProductBatch products = ProductBatch.of(batch);
        ProductUpsert edit = (ProductUpsert) op.payload();
        ProductBatch.Product current = products.find(op.entityId());
        if (current == null) {
            long seq = batch.applied(op, edit.toJson());
            products.insert(batch.orgId(), op.entityId(), edit, seq);
            for (ProductAdded added : whenAdded) {
                added.productAdded(batch, op.entityId(), op.recordedAt());
            }
            return Outcome.applied();
        }
        if (current.orgId() != batch.orgId()) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        boolean conflict = edit.version() <= current.state().version();
        ProductUpsert stored = conflict ? edit.withVersion(current.state().version() + 1) : edit;
        long seq = batch.applied(op, stored.toJson());
        products.update(batch.orgId(), op.entityId(), stored, seq);
        if (conflict) {
            ReviewFlags.of(batch).raise(batch, ReviewFlags.PRODUCT_CONFLICT, op.entityId(), seq, Map.of(
                    "overwritten", current.state().toJson(), "kept", stored.toJson()));
        }
        return Outcome.applied();
    }
}
