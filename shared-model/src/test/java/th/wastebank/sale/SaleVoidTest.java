package th.wastebank.sale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.sale.StockValuation.Adjusted;
import th.wastebank.sale.StockValuation.Bought;
import th.wastebank.sale.StockValuation.Movement;
import th.wastebank.sale.StockValuation.Result;
import th.wastebank.sale.StockValuation.Sold;
import th.wastebank.sale.StockValuation.Voided;
import th.wastebank.statement.BankBooks;
import th.wastebank.statement.MonthlyStatement;
import th.wastebank.statement.MonthlyStatements;
import th.wastebank.sync.OpPayloads;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sale.void}: its payload, and the valuation and statement that leave a voided record out (ADR 0020). */
class SaleVoidTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final UUID SALE = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ab");
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private static UUID id(int n) {
        return new UUID(0x01936b2e1f007000L + n, 0x8000000000000000L);
    }

    private static List<String> problems(Map<String, Object> json) {
        return OpPayloads.decode(OpType.SALE_VOID, json, NOW).violations().stream()
                .map(v -> v.code() + "@" + v.field()).toList();
    }

    private static Map<String, Object> json(Object saleId, Object reason, Object at) {
        Map<String, Object> j = new LinkedHashMap<>();
        if (saleId != null) {
            j.put("saleId", saleId);
        }
        if (reason != null) {
            j.put("reason", reason);
        }
        if (at != null) {
            j.put("voidedAt", at);
        }
        return j;
    }

    @Test
    void aVoidTravelsAsJsonAndBack() {
        SaleVoid v = new SaleVoid(SALE, "ชั่งผิด บันทึกซ้ำ", NOW);
        OpPayloads.Decoded d = OpPayloads.decode(OpType.SALE_VOID, v.toJson(), NOW);
        assertTrue(d.ok(), d.violations().toString());
        assertEquals(v, d.payload());
    }

    @Test
    void aVoidWithoutAReasonIsRefusedInThai() {
        assertEquals(List.of("SALE_VOID_REASON_REQUIRED@reason"), problems(json(SALE.toString(), null, NOW.toString())));
        assertEquals(List.of("SALE_VOID_REASON_REQUIRED@reason"), problems(json(SALE.toString(), "   ", NOW.toString())));
        assertEquals("กรุณาระบุเหตุผลที่ยกเลิกรายการ", ReasonCode.SALE_VOID_REASON_REQUIRED.messageTh(null));
    }

    @Test
    void aVoidNamingNoRecordOrABadIdOrNoTimeIsRefusedByField() {
        assertEquals(List.of("MISSING_FIELD@saleId"), problems(json(null, "ผิด", NOW.toString())));
        assertEquals(List.of("INVALID_ID@saleId"), problems(json("not-an-id", "ผิด", NOW.toString())));
        assertEquals(List.of("MISSING_FIELD@voidedAt"), problems(json(SALE.toString(), "ผิด", null)));
        assertEquals(List.of("WRONG_TYPE@voidedAt"), problems(json(SALE.toString(), "ผิด", "yesterday")));
        assertEquals(List.of("DATE_OUT_OF_RANGE@voidedAt"),
                problems(json(SALE.toString(), "ผิด", "2026-11-30T00:00:00Z")));
        assertEquals(List.of("TEXT_TOO_LONG@reason"), problems(json(SALE.toString(), "ก".repeat(2_000), NOW.toString())));
    }

    private static List<Movement> base() {
        return new ArrayList<>(List.of(
                new Bought(OCT, "PET_CLEAR", 100_000, 80_000),
                new Bought(NOV, "PET_CLEAR", 50_000, 50_000),
                new Bought(NOV, "CARDBOARD", 30_000, 6_000),
                new Sold(NOV, id(1), "PET_CLEAR", 40_000, 42_000),
                new Sold(NOV, id(5), "PET_CLEAR", 30_000, 31_500),
                new Adjusted(NOV, id(6), "CARDBOARD", -2_000, AdjustReason.DRYING, null)));
    }

    @Test
    void aVoidedSaleLeavesStockCostAndMarginExactlyAsIfItHadNeverBeenRecorded() {
        List<Movement> never = base();
        List<Movement> voided = base();
        voided.add(new Sold(NOV, id(3), "PET_CLEAR", 90_000, 200_000));
        voided.add(new Sold(NOV, id(4), "CARDBOARD", 10_000, 3_000));
        voided.add(new Voided(NOV, id(3)));
        voided.add(new Voided(NOV, id(4)));

        Result a = StockValuation.of(never);
        Result b = StockValuation.of(voided);
        assertEquals(a.stock(), b.stock());
        assertEquals(a.months(), b.months());
        assertEquals(a.saleCosts(), b.saleCosts(), "the later sale id(5) costs what it would have without id(3)");
        assertEquals(2, b.month(NOV).sales());
        Result withMistake = StockValuation.of(voided.subList(0, voided.size() - 2));
        assertTrue(withMistake.saleCosts().get(id(5)) != b.saleCosts().get(id(5)),
                "the mistaken sale did change the later sale's cost while it stood");
    }

    @Test
    void aVoidedAdjustmentLeavesTheLossesAndStockAsIfItHadNeverBeenRecorded() {
        List<Movement> never = base();
        List<Movement> voided = base();
        voided.add(new Adjusted(NOV, id(2), "PET_CLEAR", -5_000, AdjustReason.DIRT, null));
        voided.add(new Adjusted(NOV, id(7), "PET_CLEAR", -1_000, AdjustReason.RESORTED, "CARDBOARD"));
        voided.add(new Voided(NOV, id(2)));
        voided.add(new Voided(NOV, id(7)));

        Result a = StockValuation.of(never);
        Result b = StockValuation.of(voided);
        assertEquals(a.stock(), b.stock());
        assertEquals(a.months(), b.months());
        assertEquals(a.saleCosts(), b.saleCosts());
        assertEquals(2_000, b.month(NOV).lostGrams(), "only the drying stands");
    }

    @Test
    void theMonthlyStatementLeavesAVoidedSaleOutOfItsSalesAndStock() {
        List<Movement> moves = base();
        moves.add(new Sold(NOV, id(3), "PET_CLEAR", 90_000, 200_000));
        moves.add(new Voided(NOV, id(3)));
        List<BankBooks.Sale> sales = List.of(
                new BankBooks.Sale(id(1), LocalDate.of(2026, 11, 5), "กรีนไลน์", 40_000, 42_000),
                new BankBooks.Sale(id(5), LocalDate.of(2026, 11, 6), "กรีนไลน์", 30_000, 31_500),
                new BankBooks.Sale(id(3), LocalDate.of(2026, 11, 7), "ร้านชั่งผิด", 90_000, 200_000));
        MonthlyStatement withVoid = MonthlyStatements.of(
                new BankBooks("ธนาคารขยะ", List.of(), List.of(), sales, moves), NOV);
        MonthlyStatement never = MonthlyStatements.of(
                new BankBooks("ธนาคารขยะ", List.of(), List.of(), sales.subList(0, 2), base()), NOV);
        assertEquals(never, withVoid);
    }
}
