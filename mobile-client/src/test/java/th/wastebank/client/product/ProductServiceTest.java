package th.wastebank.client.product;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.store.SyncState;
import th.wastebank.product.ProductKind;
import th.wastebank.product.ProductStatus;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductServiceTest {
    private static final String PHOTO = "a".repeat(64);

    static ProductService.Draft basket(String name) {
        return new ProductService.Draft(name, "DRY_NON_RECYCLABLE", "ถุงพลาสติก, ขวดพลาสติก",
                "ลายผ้าทอของตำบล", "กลุ่มสตรีบ้านหนองบัว", 25_000L, "SELLING", List.of(PHOTO));
    }

    @Test
    void registeringSavesTheProductWithItsOpInOneGo(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Product saved = phone.products().register(basket("  ตะกร้าสานจากถุงพลาสติก "));

            Product stored = phone.products().get(saved.id()).orElseThrow();
            assertEquals("ตะกร้าสานจากถุงพลาสติก", stored.name());
            assertEquals(ProductKind.DRY_NON_RECYCLABLE, stored.kind());
            assertEquals(ProductStatus.SELLING, stored.status());
            assertEquals(25_000L, stored.priceSatang());
            assertEquals(List.of(PHOTO), stored.photos());
            assertEquals(1, stored.version());
            assertEquals(SyncState.PENDING, stored.syncState());
            OutboxOp op = phone.outbox().pending(10).get(0);
            assertEquals("product.upsert", op.type());
            assertEquals(saved.id(), op.entityId());
            assertTrue(op.payloadJson().contains("\"version\":1"), op.payloadJson());
        }
    }

    @Test
    void anEditIsOneVersionMoreAndItsOwnOp(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Product first = phone.products().register(basket("ตะกร้าสาน"));
            Product edited = phone.products().edit(first.id(), basket("ตะกร้าสานลายไทย"));

            assertEquals(2, edited.version());
            assertEquals("ตะกร้าสานลายไทย", phone.products().get(first.id()).orElseThrow().name());
            assertEquals(2, phone.outbox().pendingCount());
            assertTrue(phone.outbox().pending(10).get(1).payloadJson().contains("\"version\":2"));
        }
    }

    @Test
    void aProductWithoutNameOrKindIsRefusedWithTheServersThaiMessages(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Invalid refused = assertThrows(Invalid.class, () -> phone.products().register(
                    new ProductService.Draft(" ", null, null, null, null, null, "IDEA", List.of())));

            assertEquals(ReasonCode.PRODUCT_NAME_REQUIRED.messageTh(null) + "\n"
                    + ReasonCode.PRODUCT_KIND_INVALID.messageTh(null), refused.messageTh());
            assertEquals(0, phone.outbox().pendingCount());
            assertEquals(List.of(), phone.products().list());
        }
    }

    @Test
    void aStoryLongerThanTheServerReadsIsRefusedBeforeSaving(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            ProductService.Draft d = basket("ไม้กวาดขวดพลาสติก");
            Invalid refused = assertThrows(Invalid.class, () -> phone.products().register(new ProductService.Draft(
                    d.name(), d.kind(), d.materials(), "ก".repeat(4001), d.producerGroup(), d.priceSatang(), d.status(),
                    d.photos())));

            assertEquals(ReasonCode.TEXT_TOO_LONG, refused.violations().get(0).code());
            assertEquals("story", refused.violations().get(0).field());
            assertEquals(0, phone.outbox().pendingCount());
        }
    }

    @Test
    void productsAreListedByName(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            phone.products().register(basket("ปุ๋ยหมักจากใบไม้"));
            phone.products().register(basket("ถ่านจากกิ่งไม้"));

            assertEquals(List.of("ถ่านจากกิ่งไม้", "ปุ๋ยหมักจากใบไม้"),
                    phone.products().list().stream().map(Product::name).toList());
        }
    }
}
