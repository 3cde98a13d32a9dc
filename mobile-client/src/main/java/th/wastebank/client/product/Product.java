package th.wastebank.client.product;

import java.util.List;
import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.product.ProductKind;
import th.wastebank.product.ProductStatus;

/**
 * An upcycled product of this อปท. ("1 อปท. 1 ผลิตภัณฑ์") as this phone knows it.
 *
 * @param photos the SHA-256 of each photo, in the order the committee added them
 */
public record Product(UUID id, String name, ProductKind kind, String materials, String story, String producerGroup,
                      Long priceSatang, ProductStatus status, List<String> photos, long version, SyncState syncState) {
    public Product {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
