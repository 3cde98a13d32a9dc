package th.wastebank.sale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.sync.OpPayloads;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three payloads of selling: their JSON round trip, their limits and their rules, by field path. */
class SalePayloadsTest {
    private static final UUID BUYER = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ab");
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final String PHOTO = "ab".repeat(32);

    private static List<String> problems(OpType type, Map<String, Object> json) {
        return OpPayloads.decode(type, json, NOW).violations().stream()
                .map(v -> v.code() + "@" + v.field()).toList();
    }

    private static SaleRecord sale(SaleLine... lines) {
        return SaleRecord.of(BUYER, DAY, List.of(lines), null, "สมศรี เหรัญญิก");
    }

    @Test
    void aSaleTravelsAsJsonAndBack() {
        SaleRecord s = SaleRecord.of(BUYER, DAY, List.of(SaleLine.priced("PET_CLEAR", 120_500, 1_050),
                SaleLine.priced("CARDBOARD", 300_000, 250)), PHOTO, "สมศรี เหรัญญิก");
        assertEquals(126_525 + 75_000, s.total(), "120.5 kg × 10.50 baht = 1,265.25 baht; 300 kg × 2.50 baht");
        assertEquals(420_500, s.totalGrams());
        OpPayloads.Decoded d = OpPayloads.decode(OpType.SALE_RECORD, s.toJson(), NOW);
        assertTrue(d.ok(), d.violations().toString());
        assertEquals(s, d.payload());
    }

    @Test
    void aSaleWithNoLinesIsRefusedInSalesWords() {
        List<Violation> v = sale().validate(NOW);
        assertEquals(List.of(Violation.of(ReasonCode.SALE_NO_LINES, "lines")), v);
        assertEquals("ยังไม่มีรายการขยะในการขายครั้งนี้", v.get(0).messageTh());
    }

    @Test
    void zeroAndNegativeWeightsAndATruckTooHeavyAreRefusedByLine() {
        assertEquals(List.of(Violation.of(ReasonCode.WEIGHT_NOT_POSITIVE, "lines[0].grams"),
                Violation.of(ReasonCode.WEIGHT_NOT_POSITIVE, "lines[1].grams"),
                Violation.of(ReasonCode.SALE_WEIGHT_TOO_LARGE, "lines[2].grams")),
                sale(SaleLine.priced("PET_CLEAR", 0, 800), new SaleLine("GLASS", -1_000, 100, -100),
                        SaleLine.priced("STEEL", 20_000_001, 800)).validate(NOW));
        assertTrue(sale(SaleLine.priced("STEEL", 20_000_000, 800)).validate(NOW).isEmpty(), "20 tonnes is a truck");
    }

    @Test
    void anAmountOffTheOneRuleOrATotalOffTheLinesIsRefused() {
        assertEquals(List.of(Violation.of(ReasonCode.AMOUNT_MISMATCH, "lines[0].amount")),
                sale(new SaleLine("PET_CLEAR", 1_000, 800, 801)).validate(NOW));
        SaleRecord wrongTotal = new SaleRecord(BUYER, DAY, List.of(SaleLine.priced("PET_CLEAR", 1_000, 800)), 799,
                null, "สมศรี");
        assertEquals(List.of(Violation.of(ReasonCode.TOTAL_MISMATCH, "total")), wrongTotal.validate(NOW));
        assertEquals(List.of(Violation.of(ReasonCode.SALE_PRICE_INVALID, "lines[0].pricePerKg")),
                sale(new SaleLine("PET_CLEAR", 1_000, 0, 0)).validate(NOW));
    }

    @Test
    void aSaleNeedsItsBuyerWhoSoldItAPhotoOfItsFormAndADayInRange() {
        Map<String, Object> json = new LinkedHashMap<>(sale(SaleLine.priced("PET_CLEAR", 1_000, 800)).toJson());
        json.remove("buyerId");
        json.remove("soldBy");
        assertEquals(List.of("MISSING_FIELD@buyerId", "SOLD_BY_REQUIRED@soldBy"), problems(OpType.SALE_RECORD, json));
        SaleRecord bad = new SaleRecord(BUYER, LocalDate.of(2026, 11, 25), List.of(SaleLine.priced("PET_CLEAR", 1_000, 800)),
                800, "not-a-hash", " ");
        assertEquals(List.of(ReasonCode.DATE_OUT_OF_RANGE, ReasonCode.PHOTO_INVALID, ReasonCode.SOLD_BY_REQUIRED),
                bad.validate(NOW).stream().map(Violation::code).toList());
    }

    @Test
    void tooLongTextsAreRefusedAloneBeforeTheRules() {
        SaleRecord s = new SaleRecord(BUYER, DAY, List.of(new SaleLine("X".repeat(33), 0, 0, 1)), 5, null,
                "ก".repeat(201));
        assertEquals(List.of("TEXT_TOO_LONG@lines[0].materialCode", "TEXT_TOO_LONG@soldBy"),
                problems(OpType.SALE_RECORD, s.toJson()));
        BuyerUpsert b = new BuyerUpsert("ร้านวงษ์พาณิชย์", "SHOP", "0".repeat(101), "ที่".repeat(400));
        assertEquals(List.of("TEXT_TOO_LONG@phone", "TEXT_TOO_LONG@address"), problems(OpType.BUYER_UPSERT, b.toJson()));
    }

    @Test
    void aBuyerNeedsANameAndAKindOfTheList() {
        BuyerUpsert shop = new BuyerUpsert("ร้านวงษ์พาณิชย์", "SHOP", "053-000000", null);
        assertTrue(OpPayloads.decode(OpType.BUYER_UPSERT, shop.toJson(), NOW).ok());
        assertEquals(List.of("BUYER_NAME_REQUIRED@name"), problems(OpType.BUYER_UPSERT, Map.of("kind", "SHOP")));
        assertEquals(List.of("BUYER_KIND_INVALID@kind"),
                problems(OpType.BUYER_UPSERT, Map.of("name", "กรีนไลน์", "kind", "FACTORY")));
        assertEquals("ศูนย์ของ อปท.", BuyerKind.LAO_CENTRE.nameTh());
    }

    @Test
    void anAdjustmentForDryingDirtOrDamageOnlyTakesWeightAway() {
        StockAdjust drying = new StockAdjust("CARDBOARD", -2_500, "DRYING", null, "ฝนตก", DAY);
        assertTrue(OpPayloads.decode(OpType.STOCK_ADJUST, drying.toJson(), NOW).ok());
        assertEquals(List.of(Violation.of(ReasonCode.ADJUST_MUST_REDUCE, "grams")),
                new StockAdjust("CARDBOARD", 2_500, "DIRT", null, null, DAY).validate(NOW));
        assertTrue(new StockAdjust("CARDBOARD", 2_500, "COUNT", null, null, DAY).validate(NOW).isEmpty(),
                "a count may find more");
        assertEquals(List.of(Violation.of(ReasonCode.ADJUST_GRAMS_INVALID, "grams")),
                new StockAdjust("CARDBOARD", 0, "COUNT", null, null, DAY).validate(NOW));
        assertEquals(List.of(Violation.of(ReasonCode.ADJUST_REASON_INVALID, "reason")),
                new StockAdjust("CARDBOARD", -1, "THEFT", null, null, DAY).validate(NOW));
    }

    @Test
    void aResortNamesAnotherKnownMaterialAndOnlyAResortNamesOne() {
        assertTrue(new StockAdjust("PET_CLEAR", -1_000, "RESORTED", "PET_COLOR", null, DAY).validate(NOW).isEmpty());
        Violation target = Violation.of(ReasonCode.ADJUST_TARGET_INVALID, "targetMaterial");
        assertEquals(List.of(target), new StockAdjust("PET_CLEAR", -1_000, "RESORTED", null, null, DAY).validate(NOW));
        assertEquals(List.of(target),
                new StockAdjust("PET_CLEAR", -1_000, "RESORTED", "PET_CLEAR", null, DAY).validate(NOW));
        assertEquals(List.of(target), new StockAdjust("PET_CLEAR", -1_000, "DAMAGE", "GLASS", null, DAY).validate(NOW));
    }
}
