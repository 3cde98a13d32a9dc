package th.wastebank.client.sync;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.product.Product;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.progress.Milestone;
import th.wastebank.client.store.Settings;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.store.SyncState;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.welfare.Claim;
import th.wastebank.client.welfare.FundSummary;
import th.wastebank.client.welfare.Levy;
import th.wastebank.client.welfare.LevyService;
import th.wastebank.client.welfare.Scheme;
import th.wastebank.client.welfare.WelfareFixture;
import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.member.MemberUpsert;
import th.wastebank.product.ProductUpsert;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.sync.Change;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpResult;
import th.wastebank.welfare.SchemeUpsert;
import th.wastebank.welfare.WelfarePostings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PullApplierTest {
    private static Change change(long cursor, UUID entityId, OpPayload payload) {
        return Change.of(cursor, entityId, payload, UuidCreator.getTimeOrderedEpoch(), StoreFixture.NOW, StoreFixture.NOW);
    }

    @Test
    void aMemberThisPhoneSentStaysSentWhenTheServersCopyComesBack(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Member mine = phone.members().register(new MemberService.Draft("นางของเครื่องนี้", null, "หมู่ 1", null,
                    LocalDate.of(2026, 1, 1)));
            List<OutboxOp> sent = phone.outbox().pending(10);
            phone.outbox().applyResults(sent, sent.stream().map(op -> OpResult.applied(op.opId())).toList());
            assertEquals(SyncState.SENT, phone.members().get(mine.id()).orElseThrow().syncState());

            phone.pullApplier().apply(List.of(change(1, mine.id(), new MemberUpsert("นางของเครื่องนี้", null,
                    "หมู่ 1", null, LocalDate.of(2026, 1, 1), 1))), "1");

            assertEquals(SyncState.SENT, phone.members().get(mine.id()).orElseThrow().syncState());
        }
    }

    @Test
    void anotherPhonesMembersAndDepositsAppearOnceHoweverOftenAPageIsApplied(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            UUID member = UuidCreator.getTimeOrderedEpoch();
            UUID deposit = UuidCreator.getTimeOrderedEpoch();
            List<Change> page = List.of(
                    change(1, member, new MemberUpsert("นางจากเครื่องอื่น", null, "หมู่ 2", null,
                            java.time.LocalDate.of(2026, 1, 1), 1)),
                    change(2, deposit, DepositRecord.of(member, StoreFixture.NOW,
                            List.of(DepositLine.priced("PET_CLEAR", 5_000, 800)))),
                    futureOp(3));
            PullApplier applier = phone.pullApplier();
            applier.apply(page, "3");
            applier.apply(page, "3");

            assertEquals(4_000, phone.ledger().balance(member));
            assertEquals(1, phone.ledger().entriesOf(member).size());
            assertEquals(SyncState.PULLED, phone.ledger().entry(deposit).orElseThrow().syncState());
            assertEquals(SyncState.PULLED, phone.members().get(member).orElseThrow().syncState(),
                    "another phone's member is labelled as from the server, not as sent by this phone");
            assertEquals("3", phone.settings().get(Settings.PULL_CURSOR).orElseThrow());
        }
    }

    @Test
    void aPulledEditDoesNotOverwriteAnEditWaitingToBeSent(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Member mine = StoreFixture.member(phone, "นางชื่อเดิม");
            phone.members().edit(mine.id(), new MemberService.Draft("นางชื่อใหม่บนเครื่องนี้", "1", "หมู่ 1", null,
                    mine.joinedOn()));
            phone.pullApplier().apply(List.of(change(9, mine.id(),
                    new MemberUpsert("นางชื่อจากเครื่องอื่น", null, null, null, mine.joinedOn(), 2))), "9");
            assertEquals("นางชื่อใหม่บนเครื่องนี้", phone.members().get(mine.id()).orElseThrow().name());
        }
    }

    @Test
    void anotherPhonesProductAndStepsAppearOnce(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            UUID product = UuidCreator.getTimeOrderedEpoch();
            UUID step = UuidCreator.getTimeOrderedEpoch();
            List<Change> page = List.of(
                    change(1, product, new ProductUpsert("ไม้กวาดขวดพลาสติก", "DRY_NON_RECYCLABLE", "ขวด PET", null,
                            "กลุ่มผู้สูงอายุ", 12_000L, "SELLING", List.of("b".repeat(64)), 1)),
                    change(2, step, new MilestoneRecord(3, LocalDate.of(2026, 11, 10), null, null, null, null, product,
                            null, null, null, List.of("b".repeat(64)))));
            PullApplier applier = phone.pullApplier();
            applier.apply(page, "2");
            applier.apply(page, "2");

            Product pulled = phone.products().get(product).orElseThrow();
            assertEquals("ไม้กวาดขวดพลาสติก", pulled.name());
            assertEquals(SyncState.PULLED, pulled.syncState());
            assertEquals(List.of("b".repeat(64)), pulled.photos());
            assertEquals(1, phone.milestones().all().size());
            Milestone step3 = phone.milestones().latestPerStep().get(MilestoneStep.PRODUCT);
            assertEquals(product, step3.productId());
            assertEquals(SyncState.PULLED, step3.syncState());
        }
    }

    @Test
    void aPulledProductEditDoesNotOverwriteAnEditWaitingToBeSent(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Product mine = phone.products().register(new ProductService.Draft("ปุ๋ยหมัก", "WET_ORGANIC", null, null,
                    null, null, "IDEA", List.of()));
            phone.products().edit(mine.id(), new ProductService.Draft("ปุ๋ยหมักใบไม้บนเครื่องนี้", "WET_ORGANIC", null,
                    null, null, null, "MAKING", List.of()));
            phone.pullApplier().apply(List.of(change(5, mine.id(), new ProductUpsert(
                    "ปุ๋ยหมักจากเครื่องอื่น", "WET_ORGANIC", null, null, null, null, "IDEA", List.of(), 2))), "5");

            Product kept = phone.products().get(mine.id()).orElseThrow();
            assertEquals("ปุ๋ยหมักใบไม้บนเครื่องนี้", kept.name());
            assertEquals(SyncState.PENDING, kept.syncState());
        }
    }

    @Test
    void anotherPhonesWelfareArrivesOnceWithTheSameEntriesIdForIdAndItsOwnOpsComeBackAsSent(@TempDir Path dirA,
                                                                                           @TempDir Path dirB) {
        try (ClientContext a = StoreFixture.phone(dirA); ClientContext b = StoreFixture.phone(dirB)) {
            StoreFixture.priceBoard(a);
            List<Member> members = new ArrayList<>();
            for (String name : List.of("นางหนึ่ง", "นายสอง", "นางสาม", "นายสี่")) {
                Member m = StoreFixture.member(a, name);
                a.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 10_000)));
                members.add(m);
            }
            Scheme funeral = WelfareFixture.funeral(a);
            Claim death = WelfareFixture.death(a, funeral, members.get(1));
            Levy levy = WelfareFixture.levyFor(a, funeral, death);
            a.fund().contribute(100_000, "SALE_MARGIN", "กำไรขายขยะ");
            a.fund().pay(death.id(), 90_000, "นายสมชาย เหรัญญิก", "นางสมหญิง ประธาน");
            a.reversals().reverse(WelfarePostings.levyEntryId(levy.id(), members.get(3).id()), "ย้ายออกแล้ว");
            List<OutboxOp> ops = a.outbox().pending(500);
            List<Change> page = pulled(ops);

            PullApplier onB = b.pullApplier();
            onB.apply(page, "40");
            onB.apply(page, "40");

            assertEquals(ledgerRows(a), ledgerRows(b), "the same entries under the same ids");
            assertEquals(a.fund().summary(), b.fund().summary());
            assertEquals(new FundSummary(16_000, 8_000, 100_000, 90_000, -2_000, 4), b.fund().summary());
            for (Member m : members) {
                assertEquals(a.ledger().balance(m.id()), b.ledger().balance(m.id()), m.name());
            }
            Claim onPhoneB = b.claims().get(death.id()).orElseThrow();
            assertEquals("นายสอง", onPhoneB.memberName());
            assertEquals(90_000, onPhoneB.paid());
            assertEquals(SyncState.PULLED, onPhoneB.syncState());
            assertEquals(List.of(levy.id()), b.levies().list().stream().map(Levy::id).toList());
            assertTrue(b.levies().alreadyRun(funeral.id(), LevyService.eventForClaim(death.id())));

            a.outbox().applyResults(ops, ops.stream().map(op -> OpResult.applied(op.opId())).toList());
            a.pullApplier().apply(page, "40");
            assertEquals(ledgerRows(b), ledgerRows(a), "its own ops coming back add nothing");
            assertEquals(List.of("SENT"), a.store().read(c -> {
                List<String> states = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT sync_state FROM entry UNION SELECT sync_state"
                        + " FROM welfare_levy UNION SELECT sync_state FROM welfare_claim UNION SELECT sync_state"
                        + " FROM welfare_payout UNION SELECT sync_state FROM welfare_contribution UNION SELECT"
                        + " sync_state FROM welfare_scheme"); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        states.add(rs.getString(1));
                    }
                }
                return states;
            }));
        }
    }

    @Test
    void aPulledSchemeEditDoesNotOverwriteAnEditWaitingToBeSent(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Scheme mine = WelfareFixture.funeral(phone);
            phone.pullApplier().apply(List.of(change(3, mine.id(), new SchemeUpsert("ฌาปนกิจจากเครื่องอื่น",
                    "FUNERAL", "FIXED", 200_000, null, 0, 0, 0, "LEVY_PER_EVENT", 1_000L, null, "ACTIVE", 2))), "3");
            assertEquals("ฌาปนกิจสงเคราะห์", phone.schemes().get(mine.id()).orElseThrow().name());

            UUID other = UuidCreator.getTimeOrderedEpoch();
            phone.pullApplier().apply(List.of(change(4, other, new SchemeUpsert("ทุนการศึกษา",
                    "SCHOLARSHIP", "FIXED", 100_000, null, 0, 0, 0, "SALE_MARGIN", null, null, "ACTIVE", 1))), "4");
            assertEquals(SyncState.PULLED, phone.schemes().get(other).orElseThrow().syncState());
        }
    }

    /** The ops as the server hands them to another phone in a pull. */
    private static List<Change> pulled(List<OutboxOp> ops) {
        List<Change> out = new ArrayList<>();
        long cursor = 0;
        for (OutboxOp op : ops) {
            out.add(new Change(++cursor, op.type(), op.entityId(), op.payloadJson(), UUID.fromString(FakeServer.DEVICE_ID),
                    op.recordedAt(), op.recordedAt()));
        }
        return out;
    }

    /** Every entry as id, account, member, kind, amount and time. */
    private static List<String> ledgerRows(ClientContext phone) {
        return phone.store().read(c -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, account, member_id, kind, amount, occurred_at,"
                    + " reverses_id FROM entry ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(String.join(" ", rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), String.valueOf(rs.getString(7))));
                }
            }
            return rows;
        });
    }

    /** An op type only a newer server knows: this version of the app skips it. */
    private static Change futureOp(long cursor) {
        return new Change(cursor, "welfare.levy", UuidCreator.getTimeOrderedEpoch(), "{\"amount\":2000}",
                UuidCreator.getTimeOrderedEpoch(), StoreFixture.NOW, StoreFixture.NOW);
    }
}
