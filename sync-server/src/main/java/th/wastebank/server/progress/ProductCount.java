package th.wastebank.server.progress;

import jakarta.inject.Singleton;

import th.wastebank.server.product.ProductAdded;
import th.wastebank.server.sync.Batch;

/** A new product counts in the org's progress row ({@code org_progress.products}). */
@Singleton
public class ProductCount implements ProductAdded {
    @Override
    public void productAdded(Batch batch) {
        ProgressBatch.of(batch).productAdded();
    }

    /** And the product is a report, received now, in the round (table {@code product_receipt}). */
    @Override
    public void productAdded(Batch batch, java.util.UUID productId, java.time.Instant phoneAt) {
        ProgressBatch.of(batch).productAdded(batch, productId, phoneAt);
    }
}
