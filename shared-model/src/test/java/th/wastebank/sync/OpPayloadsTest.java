package th.wastebank.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.json.CanonicalJson;
import th.wastebank.member.MemberUpsert;
import th.wastebank.price.PriceSet;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;
import th.wastebank.withdrawal.WithdrawalRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpPayloadsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final UUID MEMBER = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ab");

    @Test
    void everyPayloadSurvivesItsOwnJson() {
        List<OpPayload> payloads = List.of(
                new MemberUpsert("นางสมศรี ใจดี", "12/3", "หมู่ 4 บ้านนายางกลัก", null, LocalDate.of(2025, 1, 5), 1),
                new PriceSet("PET_CLEAR", 800, LocalDate.of(2026, 11, 1), null, null),
                DepositRecord.of(MEMBER, NOW, List.of(DepositLine.priced("ALU_CAN", 1_234, 4_000))),
                new WithdrawalRecord(MEMBER, 5_000, NOW, List.of("สมชาย", "สมหญิง")),
                new WithdrawalRecord(MEMBER, 5_000, NOW, List.of("สมชาย", "สมหญิง")).withReceiptNo("A7-000124"),
                new th.wastebank.ledger.EntryReverse(MEMBER, "ชั่งผิด"));
        for (OpPayload p : payloads) {
            OpPayloads.Decoded decoded = OpPayloads.decode(p.type(), p.toJson(), NOW);
            assertTrue(decoded.ok(), () -> p + " -> " + decoded.violations());
            assertEquals(CanonicalJson.write(p.toJson()), CanonicalJson.write(decoded.payload().toJson()));
        }
    }

    @Test
    void aWithdrawalNeedsTwoDifferentApprovers() {
        WithdrawalRecord w = new WithdrawalRecord(MEMBER, 5_000, NOW, List.of("สมชาย", " สมชาย "));
        assertEquals(List.of(Violation.of(ReasonCode.APPROVERS_REQUIRED, "approvedBy")), w.validate(NOW));
    }

    @Test
    void aWithdrawalsReceiptNumberTravelsOnlyWhenThereIsOneAndMustHaveItsForm() {
        WithdrawalRecord old = new WithdrawalRecord(MEMBER, 5_000, NOW, List.of("ก", "ข"));
        assertTrue(!old.toJson().containsKey("receiptNo"), "an op made before receipt numbers keeps its JSON");
        assertEquals("A7-000124", old.withReceiptNo("A7-000124").toJson().get("receiptNo"));
        assertTrue(old.withReceiptNo("A7-000124").validate(NOW).isEmpty());
        assertEquals(List.of(Violation.of(ReasonCode.RECEIPT_NO_INVALID, "receiptNo")),
                old.withReceiptNo("01A2447A").validate(NOW));
    }

    @Test
    void aWithdrawalOfZeroIsRefused() {
        WithdrawalRecord w = new WithdrawalRecord(MEMBER, 0, NOW, List.of("ก", "ข"));
        assertEquals(List.of(Violation.of(ReasonCode.AMOUNT_NOT_POSITIVE, "amount")), w.validate(NOW));
    }

    @Test
    void aBanksOwnMaterialNeedsAThaiName() {
        assertEquals(List.of(Violation.of(ReasonCode.MATERIAL_NAME_REQUIRED, "nameTh")),
                new PriceSet("BANANA_FIBRE", 500, LocalDate.of(2026, 1, 1), null, null).validate(NOW));
        assertTrue(new PriceSet("BANANA_FIBRE", 500, LocalDate.of(2026, 1, 1), "ใยกล้วย", null).validate(NOW).isEmpty());
    }

    @Test
    void decodingReportsEveryBadFieldAtOnce() {
        OpPayloads.Decoded d = OpPayloads.decode(OpType.DEPOSIT_RECORD,
                Map.of("memberId", "nope", "lines", List.of(Map.of("materialCode", "PET_CLEAR", "grams", "a lot"))),
                NOW);
        assertEquals(List.of(
                Violation.of(ReasonCode.INVALID_ID, "memberId"),
                Violation.of(ReasonCode.MISSING_FIELD, "depositedAt"),
                Violation.of(ReasonCode.WRONG_TYPE, "lines[0].grams"),
                Violation.of(ReasonCode.MISSING_FIELD, "lines[0].pricePerKg"),
                Violation.of(ReasonCode.MISSING_FIELD, "lines[0].amount"),
                Violation.of(ReasonCode.MISSING_FIELD, "total")), d.violations());
    }

    @Test
    void aMemberWithoutANameIsRefusedInThai() {
        OpPayloads.Decoded d = OpPayloads.decode(OpType.MEMBER_UPSERT,
                Map.of("joinedOn", "2026-01-01", "version", 1), NOW);
        assertEquals("กรุณากรอกชื่อสมาชิก", d.violations().get(0).messageTh());
    }
}
