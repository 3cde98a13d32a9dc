package th.wastebank.client.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.committee.CommitteeMember;
import th.wastebank.client.committee.CommitteeService;
import th.wastebank.client.deposit.DepositService.LineDraft;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.passbook.PassbookViewModel;
import th.wastebank.client.store.SyncState;
import th.wastebank.client.testing.TestClient;
import th.wastebank.json.JsonText;
import th.wastebank.json.PayloadReader;
import th.wastebank.ledger.EntryKind;
import th.wastebank.transfer.MemberMerge;
import th.wastebank.validation.ReasonCode;

import javafx.beans.property.SimpleIntegerProperty;

/**
 * Merging a member registered twice on the phone, against the real SQLite store: the duplicate's
 * balance moves at once, the duplicate leaves the pickers, both passbooks name the other, a wrong PIN
 * saves nothing, and the server's entry pulled back replaces the phone's amount.
 */
class MergeViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private Member duplicate;
    private Member kept;
    private CommitteeMember chair;
    private CommitteeMember treasurer;
    private MergeViewModel vm;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("PET_CLEAR", 800);
        kept = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        duplicate = client.member("นางสมศรี  ใจดี", "12", "หมู่ที่ 4");
        client.ctx.deposits().record(duplicate.id(), List.of(new LineDraft("PET_CLEAR", 12_500)));
        client.ctx.deposits().record(kept.id(), List.of(new LineDraft("PET_CLEAR", 1_000)));
        chair = client.ctx.committee().add(new CommitteeService.Draft("นายสมชาย ประธาน", "CHAIR",
                LocalDate.of(2025, 10, 1), null));
        treasurer = client.ctx.committee().add(new CommitteeService.Draft("นางสมหญิง เหรัญญิก", "TREASURER",
                LocalDate.of(2025, 10, 1), null));
        client.ctx.pins().set(chair.id(), null, "1357");
        client.ctx.pins().set(treasurer.id(), null, "2468");
        vm = new MergeViewModel(client.ctx.members(), client.ctx.ledger(), client.ctx.moves(),
                client.approval(ReasonCode.MOVE_APPROVERS_REQUIRED), duplicate.id(), client.screens);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private void approve(String secondPin) {
        vm.approval().first().set(chair);
        vm.approval().firstPin().set("1357");
        vm.approval().second().set(treasurer);
        vm.approval().secondPin().set(secondPin);
    }

    private List<OutboxOp> merges() {
        return client.ctx.outbox().pending(100).stream().filter(op -> op.type().equals("member.merge")).toList();
    }

    @Test
    void thePreviewNamesBothWithTheirBalancesAndWhatHappens() {
        assertEquals(10_000, vm.duplicateBalance().get());
        vm.pick(kept);

        assertEquals(800, vm.keepBalance().get());
        String preview = vm.preview().get();
        assertTrue(preview.contains("เงินออม 100.00 บาท ของ นางสมศรี  ใจดี") && preview.contains("ไปรวมกับ นางสมศรี ใจดี")
                && preview.contains("รวมเป็น 108.00 บาท") && preview.contains("ไม่นับเป็นสมาชิกอีก"), preview);
    }

    @Test
    void twoPinsMergeTheWholeBalanceAtOnceAndTheDuplicateLeavesThePickers() {
        vm.pick(kept);
        approve("2468");

        vm.save();

        assertEquals(0, client.ctx.ledger().balance(duplicate.id()));
        assertEquals(10_800, client.ctx.ledger().balance(kept.id()));
        assertEquals(1, merges().size());
        String payload = merges().get(0).payloadJson();
        assertTrue(payload.contains("\"fromMemberId\":\"" + duplicate.id()) && !payload.contains("\"amount\""), payload);
        assertEquals(List.of("นางสมศรี ใจดี"), client.ctx.members().search("สมศรี", 10).stream().map(Member::name).toList());
        assertEquals("รวม นางสมศรี  ใจดี เข้ากับ นางสมศรี ใจดี แล้ว ย้ายเงินออม 100.00 บาท คงเหลือ 108.00 บาท",
                client.notices.get(client.notices.size() - 1));
        assertEquals("back", client.routes.last());

        PassbookViewModel keptBook = new PassbookViewModel(client.ctx.members(), client.ctx.ledger(), kept.id(),
                new SimpleIntegerProperty(), client.screens);
        keptBook.load();
        PassbookViewModel.Row row = keptBook.rows().get(0);
        assertEquals(EntryKind.MEMBER_MERGE, row.entry().kind());
        assertEquals(duplicate.id(), row.counterpart().id());
        assertTrue(row.incoming());
        assertFalse(row.reversible(), "a merge is not reversed alone");
        keptBook.openCounterpart(row);
        assertEquals("passbook " + duplicate.id(), client.routes.last(), "the merged duplicate is reached from here");
    }

    @Test
    void aWrongPinThenTheRightOneSavesOnlyOnce() {
        vm.pick(kept);
        approve("1111");

        vm.save();

        assertEquals("รหัส PIN ไม่ถูกต้อง ยังไม่ได้บันทึกรายการ (ลองได้อีก 4 ครั้ง)", vm.approval().secondError().get());
        assertEquals(10_000, client.ctx.ledger().balance(duplicate.id()));
        assertTrue(merges().isEmpty());

        vm.approval().secondPin().set("2468");
        vm.save();
        assertEquals(0, client.ctx.ledger().balance(duplicate.id()));
        assertEquals(1, merges().size());
    }

    @Test
    void theDuplicateItselfOrNobodyCannotBeKeptAndAMergedMemberIsNotMergedAgain() {
        vm.pick(duplicate);
        assertEquals("สมาชิกที่ซ้ำกับสมาชิกที่เก็บไว้ต้องเป็นคนละคนกัน", vm.keepError().get());
        approve("2468");
        vm.save();
        assertEquals("กรุณาเลือกสมาชิกก่อน", vm.keepError().get());
        assertTrue(merges().isEmpty());

        vm.pick(kept);
        approve("2468");
        vm.save();
        MergeViewModel again = new MergeViewModel(client.ctx.members(), client.ctx.ledger(), client.ctx.moves(),
                client.approval(ReasonCode.MOVE_APPROVERS_REQUIRED), duplicate.id(), client.screens);
        again.load();
        again.pick(kept);
        again.approval().first().set(chair);
        again.approval().firstPin().set("1357");
        again.approval().second().set(treasurer);
        again.approval().secondPin().set("2468");
        again.save();
        assertEquals("สมาชิกคนนี้ถูกรวมบัญชีเข้ากับสมาชิกอื่นไปแล้ว", again.error().get());
        assertEquals(1, merges().size());
    }

    @Test
    void theServersEntryPulledBackReplacesTheBalanceThisPhoneMoved() {
        vm.pick(kept);
        approve("2468");
        vm.save();
        UUID entryId = merges().get(0).entityId();
        MemberMerge sent = MemberMerge.read(PayloadReader.of(JsonText.parse(merges().get(0).payloadJson())));
        // another phone's 20-baht deposit for the duplicate reached the server first: it moved 120 baht
        Map<String, Object> logged = sent.withAmount(12_000).toJson();

        client.ctx.store().write(c -> {
            try (Ledger.Writer w = new Ledger.Writer(c)) {
                new MemberMergeHandler().applyPulled(new Pulled(c, w, entryId, PayloadReader.of(logged),
                        client.clock.instant(), client.clock::instant));
            }
            return null;
        });

        List<LedgerEntry> keptEntries = client.ctx.ledger().entriesOf(kept.id());
        LedgerEntry merge = keptEntries.get(keptEntries.size() - 1);
        assertEquals(12_000, merge.amount());
        assertEquals(SyncState.SENT, merge.syncState());
        assertEquals(12_800, client.ctx.ledger().balance(kept.id()));
        assertEquals(-2_000, client.ctx.ledger().balance(duplicate.id()),
                "until the other phone's deposit is pulled too, which brings it to zero");
        assertNull(client.ctx.ledger().entriesOf(duplicate.id()).stream()
                .filter(e -> e.kind() == EntryKind.MEMBER_MERGE && e.amount() != -12_000).findAny().orElse(null));
    }
}
