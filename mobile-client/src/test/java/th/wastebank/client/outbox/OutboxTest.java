package th.wastebank.client.outbox;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import th.wastebank.client.welfare.Claim;
import th.wastebank.client.welfare.FundSummary;
import th.wastebank.client.welfare.Levy;
import th.wastebank.client.welfare.LevyService;
import th.wastebank.client.welfare.Scheme;
import th.wastebank.client.welfare.WelfareFixture;
import th.wastebank.ledger.EntryKind;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.sync.OpResult;
import th.wastebank.sync.Reason;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aRefusedLevyRunMarksAllItsEntriesAndDiscardingItRemovesEveryOne(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            List<Member> members = WelfareFixture.members(phone, 50, LocalDate.of(2024, 1, 15), 5_000);
            Scheme funeral = WelfareFixture.funeral(phone);
            Claim death = WelfareFixture.death(phone, funeral, members.get(0));
            Levy levy = WelfareFixture.levyFor(phone, funeral, death);
            List<OutboxOp> ops = phone.outbox().pending(10);
            phone.outbox().applyResults(ops, ops.stream().map(op -> op.type().equals("welfare.levy.run")
                    ? OpResult.rejected(op.opId(), Reason.of(ReasonCode.LEVY_ALREADY_RUN))
                    : OpResult.applied(op.opId())).toList());
            assertEquals(List.of(SyncState.REJECTED), levyEntryStates(phone));
            assertEquals(51, count(phone, "SELECT COUNT(*) FROM entry WHERE kind = " + EntryKind.WELFARE_LEVY.code()));

            phone.outbox().discard(phone.outbox().rejected().get(0).seq());

            assertEquals(0, count(phone, "SELECT COUNT(*) FROM entry WHERE kind = " + EntryKind.WELFARE_LEVY.code()),
                    "the fund's credit and every member's debit are gone");
            assertEquals(0, count(phone, "SELECT COUNT(*) FROM welfare_levy_line"));
            assertEquals(List.of(), phone.levies().list());
            assertFalse(phone.levies().alreadyRun(funeral.id(), LevyService.eventForClaim(death.id())));
            assertEquals(0, phone.fund().balance());
            assertEquals(5_000, phone.ledger().balance(members.get(7).id()));
            assertTrue(phone.claims().get(death.id()).isPresent(), "the accepted claim stays");
            assertTrue(phone.ledger().entry(levy.id()).isEmpty());
        }
    }

    @Test
    void discardingARefusedClaimPayoutOrContributionRemovesWhatItMadeButARefusedSchemeStays(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            List<Member> members = WelfareFixture.members(phone, 2, LocalDate.of(2024, 1, 15), 5_000);
            Scheme funeral = WelfareFixture.funeral(phone);
            Claim death = WelfareFixture.death(phone, funeral, members.get(0));
            phone.fund().contribute(50_000, "DONATION", null);
            phone.fund().pay(death.id(), 30_000, "นายสมชาย เหรัญญิก", "นางสมหญิง ประธาน");
            List<OutboxOp> ops = phone.outbox().pending(10);
            assertEquals(4, ops.size());
            phone.outbox().applyResults(ops, ops.stream()
                    .map(op -> OpResult.rejected(op.opId(), Reason.of(ReasonCode.ENTITY_CONFLICT))).toList());
            assertEquals(SyncState.REJECTED, phone.fund().payouts(death.id()).get(0).syncState());

            for (OutboxOp op : ops) {
                phone.outbox().discard(op.seq());
            }

            assertTrue(phone.schemes().get(funeral.id()).isPresent(), "a scheme is versioned: an earlier one may be on the server");
            assertEquals(List.of(), phone.claims().list());
            assertEquals(new FundSummary(0, 0, 0, 0, 0, 0), phone.fund().summary());
            assertEquals(0, count(phone, "SELECT COUNT(*) FROM welfare_payout")
                    + count(phone, "SELECT COUNT(*) FROM welfare_contribution"));
        }
    }

    private static List<SyncState> levyEntryStates(ClientContext phone) {
        return phone.store().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT sync_state FROM entry WHERE kind = "
                    + EntryKind.WELFARE_LEVY.code()); ResultSet rs = ps.executeQuery()) {
                List<SyncState> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(SyncState.valueOf(rs.getString(1)));
                }
                return out;
            }
        });
    }

    private static long count(ClientContext phone, String sql) {
        return phone.store().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
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
