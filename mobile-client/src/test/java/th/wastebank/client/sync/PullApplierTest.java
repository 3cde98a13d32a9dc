package th.wastebank.client.sync;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.product.Product;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.progress.Milestone;
import th.wastebank.client.store.Settings;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.store.SyncState;
import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.member.MemberUpsert;
import th.wastebank.product.ProductUpsert;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.sync.OpPayload;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PullApplierTest {
    private static Map<String, Object> change(long cursor, UUID entityId, OpPayload payload) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("cursor", cursor);
        c.put("type", payload.type().wire());
        c.put("entityId", entityId.toString());
        c.put("payload", payload.toJson());
        c.put("deviceId", UuidCreator.getTimeOrderedEpoch().toString());
        c.put("recordedAt", StoreFixture.NOW.toString());
        c.put("serverTime", StoreFixture.NOW.toString());
        return c;
    }

    @Test
    void anotherPhonesMembersAndDepositsAppearOnceHoweverOftenAPageIsApplied(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            UUID member = UuidCreator.getTimeOrderedEpoch();
            UUID deposit = UuidCreator.getTimeOrderedEpoch();
            List<Map<String, Object>> page = List.of(
                    change(1, member, new MemberUpsert("นางจากเครื่องอื่น", null, "หมู่ 2", null,
                            java.time.LocalDate.of(2026, 1, 1), 1)),
                    change(2, deposit, DepositRecord.of(member, StoreFixture.NOW,
                            List.of(DepositLine.priced("PET_CLEAR", 5_000, 800)))),
                    futureOp(3));
            PullApplier applier = new PullApplier(phone.store());
            applier.apply(page, "3");
            applier.apply(page, "3");

            assertEquals(4_000, phone.ledger().balance(member));
            assertEquals(1, phone.ledger().entriesOf(member).size());
            assertEquals(SyncState.SENT, phone.ledger().entry(deposit).orElseThrow().syncState());
            assertEquals("3", phone.settings().get(Settings.PULL_CURSOR).orElseThrow());
        }
    }

    @Test
    void aPulledEditDoesNotOverwriteAnEditWaitingToBeSent(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Member mine = StoreFixture.member(phone, "นางชื่อเดิม");
            phone.members().edit(mine.id(), new MemberService.Draft("นางชื่อใหม่บนเครื่องนี้", "1", "หมู่ 1", null,
                    mine.joinedOn()));
            new PullApplier(phone.store()).apply(List.of(change(9, mine.id(),
                    new MemberUpsert("นางชื่อจากเครื่องอื่น", null, null, null, mine.joinedOn(), 2))), "9");
            assertEquals("นางชื่อใหม่บนเครื่องนี้", phone.members().get(mine.id()).orElseThrow().name());
        }
    }

    @Test
    void anotherPhonesProductAndStepsAppearOnce(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            UUID product = UuidCreator.getTimeOrderedEpoch();
            UUID step = UuidCreator.getTimeOrderedEpoch();
            List<Map<String, Object>> page = List.of(
                    change(1, product, new ProductUpsert("ไม้กวาดขวดพลาสติก", "DRY_NON_RECYCLABLE", "ขวด PET", null,
                            "กลุ่มผู้สูงอายุ", 12_000L, "SELLING", List.of("b".repeat(64)), 1)),
                    change(2, step, new MilestoneRecord(3, LocalDate.of(2026, 11, 10), null, null, null, null, product,
                            null, null, null, List.of("b".repeat(64)))));
            PullApplier applier = new PullApplier(phone.store());
            applier.apply(page, "2");
            applier.apply(page, "2");

            Product pulled = phone.products().get(product).orElseThrow();
            assertEquals("ไม้กวาดขวดพลาสติก", pulled.name());
            assertEquals(SyncState.SENT, pulled.syncState());
            assertEquals(List.of("b".repeat(64)), pulled.photos());
            assertEquals(1, phone.milestones().all().size());
            Milestone step3 = phone.milestones().latestPerStep().get(MilestoneStep.PRODUCT);
            assertEquals(product, step3.productId());
            assertEquals(SyncState.SENT, step3.syncState());
        }
    }

    @Test
    void aPulledProductEditDoesNotOverwriteAnEditWaitingToBeSent(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Product mine = phone.products().register(new ProductService.Draft("ปุ๋ยหมัก", "WET_ORGANIC", null, null,
                    null, null, "IDEA", List.of()));
            phone.products().edit(mine.id(), new ProductService.Draft("ปุ๋ยหมักใบไม้บนเครื่องนี้", "WET_ORGANIC", null,
                    null, null, null, "MAKING", List.of()));
            new PullApplier(phone.store()).apply(List.of(change(5, mine.id(), new ProductUpsert(
                    "ปุ๋ยหมักจากเครื่องอื่น", "WET_ORGANIC", null, null, null, null, "IDEA", List.of(), 2))), "5");

            Product kept = phone.products().get(mine.id()).orElseThrow();
            assertEquals("ปุ๋ยหมักใบไม้บนเครื่องนี้", kept.name());
            assertEquals(SyncState.PENDING, kept.syncState());
        }
    }

    /** An op type only a newer server knows: this version of the app skips it. */
    private static Map<String, Object> futureOp(long cursor) {
        Map<String, Object> c = change(cursor, UuidCreator.getTimeOrderedEpoch(),
                new MemberUpsert("x", null, null, null, java.time.LocalDate.of(2026, 1, 1), 1));
        c.put("type", "welfare.levy");
        c.put("payload", Map.of("amount", 2_000));
        return c;
    }
}
