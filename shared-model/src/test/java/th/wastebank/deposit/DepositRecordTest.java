package th.wastebank.deposit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepositRecordTest {
    private static final UUID MEMBER = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ab");
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @Test
    void aReceiptNumberTravelsOnlyWhenThereIsOneAndMustHaveItsForm() {
        DepositRecord old = DepositRecord.of(MEMBER, NOW, List.of(DepositLine.priced("PET_CLEAR", 1_000, 800)));
        assertTrue(!old.toJson().containsKey("receiptNo"), "an op made before receipt numbers keeps its JSON");
        assertEquals("A7-000123", old.withReceiptNo("A7-000123").toJson().get("receiptNo"));
        assertTrue(old.withReceiptNo("A7-000123").validate(NOW).isEmpty());
        assertEquals(List.of(ReasonCode.RECEIPT_NO_INVALID),
                old.withReceiptNo("01A2447A").validate(NOW).stream().map(Violation::code).toList());
    }

    private static List<ReasonCode> codes(DepositRecord d) {
        return d.validate(NOW).stream().map(Violation::code).toList();
    }

    @Test
    void aPricedDepositIsValidAndTotalsItsLines() {
        DepositRecord d = DepositRecord.of(MEMBER, NOW, List.of(
                DepositLine.priced("PET_CLEAR", 2_500, 800),
                DepositLine.priced("CARDBOARD", 10_000, 300)));
        assertTrue(d.validate(NOW).isEmpty());
        assertEquals(2_000 + 3_000, d.total());
        assertEquals(12_500, d.totalGrams());
    }

    @Test
    void depositRejectsZeroWeight() {
        assertEquals(List.of(ReasonCode.WEIGHT_NOT_POSITIVE),
                codes(DepositRecord.of(MEMBER, NOW, List.of(DepositLine.priced("PET_CLEAR", 0, 800)))));
    }

    @Test
    void depositRejectsNegativeWeight() {
        assertEquals(List.of(ReasonCode.WEIGHT_NOT_POSITIVE),
                codes(DepositRecord.of(MEMBER, NOW, List.of(new DepositLine("PET_CLEAR", -5, 800, -4)))));
    }

    @Test
    void depositRejectsMoreThanATonneInOneLine() {
        assertEquals(List.of(ReasonCode.WEIGHT_TOO_LARGE),
                codes(DepositRecord.of(MEMBER, NOW, List.of(DepositLine.priced("STEEL", 1_000_001, 800)))));
    }

    @Test
    void aTonneExactlyIsAccepted() {
        assertTrue(codes(DepositRecord.of(MEMBER, NOW, List.of(DepositLine.priced("STEEL", 1_000_000, 800)))).isEmpty());
    }

    @Test
    void depositRejectsALineAmountThatIsNotGramsTimesPrice() {
        assertEquals(List.of(ReasonCode.AMOUNT_MISMATCH),
                codes(DepositRecord.of(MEMBER, NOW, List.of(new DepositLine("PET_CLEAR", 1_000, 800, 801)))));
    }

    @Test
    void depositRejectsATotalThatIsNotTheSumOfItsLines() {
        DepositLine line = DepositLine.priced("PET_CLEAR", 1_000, 800);
        assertEquals(List.of(ReasonCode.TOTAL_MISMATCH),
                codes(new DepositRecord(MEMBER, NOW, List.of(line), line.amount() + 1)));
    }

    @Test
    void depositNeedsLinesAndKnownShapesOfMaterialCode() {
        assertEquals(List.of(ReasonCode.NO_LINES), codes(DepositRecord.of(MEMBER, NOW, List.of())));
        assertEquals(List.of(ReasonCode.UNKNOWN_MATERIAL),
                codes(DepositRecord.of(MEMBER, NOW, List.of(DepositLine.priced("ขวด", 10, 100)))));
    }

    @Test
    void depositRejectsAPriceOfZeroOrAboveTenThousandBaht() {
        assertEquals(List.of(ReasonCode.PRICE_INVALID),
                codes(DepositRecord.of(MEMBER, NOW, List.of(DepositLine.priced("PET_CLEAR", 10, 0)))));
        assertEquals(List.of(ReasonCode.PRICE_INVALID),
                codes(DepositRecord.of(MEMBER, NOW, List.of(DepositLine.priced("COPPER", 10, 1_000_001)))));
    }

    @Test
    void aDepositMoreThanADayAheadOfTheCheckingClockOrBefore2000IsRefused() {
        DepositLine line = DepositLine.priced("PET_CLEAR", 1_000, 800);
        assertTrue(codes(DepositRecord.of(MEMBER, NOW.plusSeconds(86_400), List.of(line))).isEmpty());
        assertEquals(List.of(ReasonCode.DATE_OUT_OF_RANGE),
                codes(DepositRecord.of(MEMBER, NOW.plusSeconds(86_401), List.of(line))));
        assertEquals(List.of(ReasonCode.DATE_OUT_OF_RANGE),
                codes(DepositRecord.of(MEMBER, Instant.parse("1999-12-31T16:59:59Z"), List.of(line))));
    }
}
