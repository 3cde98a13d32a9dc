package th.wastebank.server.product;

import th.wastebank.server.sync.Batch;

/**
 * What another feature does when a push registers a new product (the org's progress counts its
 * products). Such a feature registers a bean; {@link ProductApplier} calls every one, so product
 * imports none of the features that build on it.
 */
public interface ProductAdded {
    void productAdded(Batch batch);

    /**
     * The same, with the product's id and the time the phone gave the op (the server's receiving time
     * is {@link Batch#now()}): a new product is a report in the reporting round.
     */
    default void productAdded(Batch batch, java.util.UUID productId, java.time.Instant phoneAt) {
        productAdded(batch);
    }
}
