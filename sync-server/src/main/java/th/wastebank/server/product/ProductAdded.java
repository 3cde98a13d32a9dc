package th.wastebank.server.product;

import th.wastebank.server.sync.Batch;

/**
 * What another feature does when a push registers a new product (the org's progress counts its
 * products). Such a feature registers a bean; {@link ProductApplier} calls every one, so product
 * imports none of the features that build on it.
 */
public interface ProductAdded {
    void productAdded(Batch batch);
}
