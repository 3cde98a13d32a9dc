package th.wastebank.transfer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.ledger.Posting;
import th.wastebank.sync.OpPayloads;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The heir transfer and the merge of a duplicate: JSON round trip, bad inputs by field, their two postings. */
class TransferPayloadsTest {
    private static final UUID DEAD = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ab");
    private static final UUID HEIR = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ac");
    private static final UUID ENTRY = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ad");
    private static final UUID CHAIR = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ae");
    private static final UUID TREASURER = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789af");
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final List<String> NAMES = List.of("นายสมชาย ประธาน", "นางสมหญิง เหรัญญิก");

    private static SavingsTransfer transfer(UUID from, UUID to, long amount, String reason) {
        return new SavingsTransfer(from, to, amount, NOW, reason, "ลูกสาวรับแทน", NAMES, List.of(CHAIR, TREASURER));
    }

    private static List<String> problems(OpType type, Map<String, Object> json) {
        return OpPayloads.decode(type, json, NOW).violations().stream().map(v -> v.code() + "@" + v.field()).toList();
    }

    @Test
    void aTransferToAnHeirTravelsAsJsonAndBackAndIsTwoSavingsPostingsThatSumToZero() {
        SavingsTransfer t = transfer(DEAD, HEIR, 123_450, "heir");
        OpPayloads.Decoded d = OpPayloads.decode(OpType.SAVINGS_TRANSFER, t.toJson(), NOW);
        assertTrue(d.ok(), d.violations().toString());
        assertEquals(t, d.payload());

        List<Posting> p = TransferPostings.transfer(ENTRY, t);
        assertEquals(List.of(new Posting(ENTRY, Account.MEMBER_SAVINGS, DEAD, EntryKind.SAVINGS_TRANSFER, -123_450),
                new Posting(TransferPostings.creditId(ENTRY), Account.MEMBER_SAVINGS, HEIR, EntryKind.SAVINGS_TRANSFER,
                        123_450)), p);
        assertTrue(p.stream().noneMatch(x -> x.account() == Account.WELFARE_FUND), "the welfare fund is untouched");
        assertEquals("โอนเงินออมให้ทายาท", EntryKind.SAVINGS_TRANSFER.nameTh());
    }

    @Test
    void aTransferToTheSameMemberOfNothingForAnUnknownReasonWithOneApproverIsRefusedInThai() {
        assertEquals(List.of(Violation.of(ReasonCode.TRANSFER_SAME_MEMBER, "toMemberId"),
                Violation.of(ReasonCode.TRANSFER_REASON_INVALID, "reason"),
                Violation.of(ReasonCode.AMOUNT_NOT_POSITIVE, "amount")), transfer(DEAD, DEAD, 0, "gift").validate(NOW));
        assertEquals(List.of(Violation.of(ReasonCode.AMOUNT_NOT_POSITIVE, "amount")),
                transfer(DEAD, HEIR, -5, "heir").validate(NOW));
        SavingsTransfer oneName = new SavingsTransfer(DEAD, HEIR, 100, NOW, "heir", null, List.of("สมชาย", " สมชาย "),
                null);
        assertEquals(List.of(Violation.of(ReasonCode.MOVE_APPROVERS_REQUIRED, "approvedBy")), oneName.validate(NOW));
        assertEquals("ผู้โอนและผู้รับเงินออมต้องเป็นสมาชิกคนละคนกัน",
                Violation.of(ReasonCode.TRANSFER_SAME_MEMBER).messageTh());
        SavingsTransfer threeIds = new SavingsTransfer(DEAD, HEIR, 100, NOW, "heir", null, NAMES,
                List.of(CHAIR, TREASURER, DEAD));
        assertEquals(List.of(Violation.of(ReasonCode.APPROVER_IDS_INVALID, "approverIds")), threeIds.validate(NOW));
    }

    @Test
    void aTransferWithoutItsMembersOrWithABadIdIsRefusedByField() {
        Map<String, Object> json = new LinkedHashMap<>(transfer(DEAD, HEIR, 100, "heir").toJson());
        json.remove("toMemberId");
        json.put("fromMemberId", "not-an-id");
        List<String> p = problems(OpType.SAVINGS_TRANSFER, json);
        assertTrue(p.contains("MISSING_FIELD@toMemberId"), p.toString());
        assertTrue(p.stream().anyMatch(v -> v.endsWith("@fromMemberId")), p.toString());
    }

    @Test
    void aMergeFromAPhoneCarriesNoAmountAndTheServersCopyCarriesTheBalanceItMoved() {
        MemberMerge sent = new MemberMerge(DEAD, HEIR, NOW, NAMES, List.of(CHAIR, TREASURER));
        assertTrue(!sent.toJson().containsKey("amount"));
        OpPayloads.Decoded d = OpPayloads.decode(OpType.MEMBER_MERGE, sent.toJson(), NOW);
        assertTrue(d.ok(), d.violations().toString());
        assertNull(((MemberMerge) d.payload()).amount());

        MemberMerge logged = sent.withAmount(0);
        assertEquals(logged, OpPayloads.decode(OpType.MEMBER_MERGE, logged.toJson(), NOW).payload());
        assertEquals(List.of(new Posting(ENTRY, Account.MEMBER_SAVINGS, DEAD, EntryKind.MEMBER_MERGE, 0),
                new Posting(TransferPostings.creditId(ENTRY), Account.MEMBER_SAVINGS, HEIR, EntryKind.MEMBER_MERGE, 0)),
                TransferPostings.merge(ENTRY, logged, 0), "a zero balance still records the merge on both passbooks");
        assertEquals("2026-11-23", sent.mergedOn().toString());
    }

    @Test
    void mergingAMemberIntoItselfOrWithoutTwoApproversOrInTheFutureIsRefused() {
        MemberMerge self = new MemberMerge(DEAD, DEAD, NOW.plusSeconds(3 * 86_400), List.of("สมชาย"), null);
        assertEquals(List.of(Violation.of(ReasonCode.MERGE_SAME_MEMBER, "intoMemberId"),
                Violation.of(ReasonCode.DATE_OUT_OF_RANGE, "mergedAt"),
                Violation.of(ReasonCode.MOVE_APPROVERS_REQUIRED, "approvedBy")), self.validate(NOW));
        assertEquals("สมาชิกที่ซ้ำกับสมาชิกที่เก็บไว้ต้องเป็นคนละคนกัน", self.validate(NOW).get(0).messageTh());
    }
}
