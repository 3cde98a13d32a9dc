package th.wastebank.client.outbox;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.product.Product;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.progress.MilestoneService;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.store.SyncState;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.sync.OpResult;
import th.wastebank.sync.Reason;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxTest {
    @Test
    void answeredOpsLeaveAndRefusedOnesStayWithTheirThaiReason(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.priceBoard(phone);
            Member m = StoreFixture.member(phone, "นางส่ง ข้อมูล");
            DepositService.Receipt deposit = phone.deposits().record(m.id(),
                    List.of(new DepositService.LineDraft("PET_CLEAR", 1_000)));
            List<OutboxOp> sent = phone.outbox().pending(100);
            assertEquals(5, sent.size()); // three prices, the member, the deposit

            List<OpResult> answers = sent.stream().map(op -> op.type().equals("deposit.record")
                    ? OpResult.rejected(op.opId(), Reason.of(ReasonCode.UNKNOWN_MEMBER))
                    : OpResult.applied(op.opId())).toList();
            phone.outbox().applyResults(sent, answers);

            assertEquals(0, phone.outbox().pendingCount());
            List<OutboxOp> rejected = phone.outbox().rejected();
            assertEquals(1, rejected.size());
            assertEquals("UNKNOWN_MEMBER", rejected.get(0).reasonCode());
            assertEquals("ไม่พบสมาชิกคนนี้ในธนาคารขยะของท่าน", rejected.get(0).reasonTh());
            assertEquals(SyncState.REJECTED, phone.ledger().entry(deposit.entryId()).orElseThrow().syncState());
            assertEquals(SyncState.SENT, phone.members().get(m.id()).orElseThrow().syncState());
        }
    }

    @Test
    void aRefusedOpCanBeSentAgainOrGivenUp(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.priceBoard(phone);
            Member m = StoreFixture.member(phone, "นายลองใหม่");
            DepositService.Receipt deposit = phone.deposits().record(m.id(),
                    List.of(new DepositService.LineDraft("PET_CLEAR", 1_000)));
            List<OutboxOp> all = phone.outbox().pending(100);
            OutboxOp depositOp = all.get(all.size() - 1);
            phone.outbox().applyResults(List.of(depositOp),
                    List.of(OpResult.rejected(depositOp.opId(), Reason.of(ReasonCode.UNKNOWN_MEMBER))));

            phone.outbox().retry(depositOp.seq());
            assertTrue(phone.outbox().pending(100).stream().anyMatch(op -> op.seq() == depositOp.seq()));

            phone.outbox().applyResults(List.of(depositOp),
                    List.of(OpResult.rejected(depositOp.opId(), Reason.of(ReasonCode.UNKNOWN_MEMBER))));
            phone.outbox().discard(depositOp.seq());
            assertEquals(0, phone.outbox().rejectedCount());
            assertTrue(phone.ledger().entry(deposit.entryId()).isEmpty(), "the never-accepted deposit is gone");
            assertEquals(0, phone.ledger().balance(m.id()));
        }
    }

    @Test
    void discardingARefusedProductEditKeepsTheProductButARefusedStepGoes(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Product product = phone.products().register(new ProductService.Draft("ตะกร้าสาน", "DRY_NON_RECYCLABLE",
                    null, null, null, null, "SELLING", List.of()));
            phone.milestones().record(new MilestoneService.Draft(MilestoneStep.PRODUCT,
                    LocalDate.ofInstant(StoreFixture.NOW, Dates.THAI), null, null, null, null, product.id(), null, null,
                    null, List.of()));
            List<OutboxOp> ops = phone.outbox().pending(10);
            phone.outbox().applyResults(ops, ops.stream()
                    .map(op -> OpResult.rejected(op.opId(), Reason.of(ReasonCode.ENTITY_CONFLICT))).toList());

            for (OutboxOp op : ops) {
                phone.outbox().discard(op.seq());
            }

            assertTrue(phone.products().get(product.id()).isPresent(), "a product is versioned: an earlier one may be on the server");
            assertTrue(phone.milestones().all().isEmpty(), "the never-accepted step is gone");
        }
    }

    @Test
    void aPendingOpCannotBeDiscarded(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.member(phone, "นางรอส่ง");
            OutboxOp op = phone.outbox().pending(1).get(0);
            phone.outbox().discard(op.seq());
            assertEquals(1, phone.outbox().pendingCount());
        }
    }
}
