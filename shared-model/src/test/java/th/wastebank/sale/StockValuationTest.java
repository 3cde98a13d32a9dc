package th.wastebank.sale;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.sale.StockValuation.Adjusted;
import th.wastebank.sale.StockValuation.Bought;
import th.wastebank.sale.StockValuation.MonthFigures;
import th.wastebank.sale.StockValuation.Movement;
import th.wastebank.sale.StockValuation.Result;
import th.wastebank.sale.StockValuation.Sold;
import th.wastebank.sale.StockValuation.Stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stock and the cost of sales by the monthly weighted average (ADR 0012), exact in satang. */
class StockValuationTest {
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);

    private static UUID id(int n) {
        return new UUID(0x01936b2e1f007000L + n, 0x8000000000000000L);
    }

    @Test
    void aSaleCostsItsGramsAtTheMonthsAverageOfWhatWasCarriedInAndBought() {
        UUID sale = id(1);
        Result r = StockValuation.of(List.of(
                new Bought(OCT, "PET_CLEAR", 100_000, 80_000),
                new Bought(NOV, "PET_CLEAR", 50_000, 50_000),
                new Sold(NOV, sale, "PET_CLEAR", 120_000, 126_000)));

        assertEquals(104_000, r.saleCosts().get(sale), "120 kg × 1,300 baht ÷ 150 kg");
        assertEquals(new MonthFigures(NOV, 1, 120_000, 126_000, 104_000, 0, 0), r.month(NOV));
        assertEquals(22_000, r.month(NOV).marginSatang());
        assertEquals(22_000, r.marginOf(sale, 126_000));
        assertEquals(new Stock(30_000, 26_000), r.stock().get("PET_CLEAR"));
        assertEquals(0, r.month(OCT).sales(), "October sold nothing");
    }

    @Test
    void costsRoundHalfAwayFromZeroAndTheLastGramsTakeWhatIsLeft() {
        Result r = StockValuation.of(List.of(
                new Bought(NOV, "CARDBOARD", 3_000, 1_000),
                new Sold(NOV, id(3), "CARDBOARD", 1_000, 500),
                new Sold(NOV, id(1), "CARDBOARD", 1_000, 500),
                new Sold(NOV, id(2), "CARDBOARD", 1_000, 500)));

        assertEquals(333, r.saleCosts().get(id(1)), "333.33 rounds down");
        assertEquals(333, r.saleCosts().get(id(2)));
        assertEquals(334, r.saleCosts().get(id(3)), "the last kilogram takes the satang left: taken in id order");
        assertEquals(new Stock(0, 0), r.stock().get("CARDBOARD"));
        Result half = StockValuation.of(List.of(new Bought(NOV, "GLASS_BOTTLE", 2_000, 1),
                new Sold(NOV, id(1), "GLASS_BOTTLE", 1_000, 10)));
        assertEquals(1, half.saleCosts().get(id(1)), "half a satang rounds up");
    }

    @Test
    void theOrderMovementsArriveInChangesNothing() {
        List<Movement> moves = new ArrayList<>(List.of(
                new Bought(OCT, "PET_CLEAR", 7_000, 5_555),
                new Sold(OCT, id(1), "PET_CLEAR", 3_333, 4_000),
                new Adjusted(OCT, id(2), "PET_CLEAR", -1_111, AdjustReason.DRYING, null),
                new Sold(OCT, id(3), "PET_CLEAR", 2_000, 2_500),
                new Bought(NOV, "PET_CLEAR", 1_000, 900)));
        Result forward = StockValuation.of(moves);
        Collections.reverse(moves);
        assertEquals(forward, StockValuation.of(moves));
    }

    @Test
    void anOversellLeavesTheStockNegativeAndTheNextPurchaseFillsIt() {
        Result r = StockValuation.of(List.of(
                new Bought(OCT, "ALU_CAN", 10_000, 40_000),
                new Sold(OCT, id(1), "ALU_CAN", 15_000, 75_000),
                new Bought(NOV, "ALU_CAN", 20_000, 100_000),
                new Sold(NOV, id(2), "ALU_CAN", 15_000, 90_000)));

        assertEquals(40_000 + 20_000, r.saleCosts().get(id(1)), "all 10 kg in stock, and 5 kg more at its 4 baht");
        assertEquals(new MonthFigures(OCT, 1, 15_000, 75_000, 60_000, 0, 0), r.month(OCT));
        // November: -5 kg worth -200 baht, plus 20 kg for 1,000 baht: 15 kg worth 800 baht, all sold
        assertEquals(80_000, r.saleCosts().get(id(2)));
        assertEquals(new Stock(0, 0), r.stock().get("ALU_CAN"));
        assertEquals(140_000, r.saleCosts().values().stream().mapToLong(Long::longValue).sum(),
                "every satang paid to members is in the cost of some sale");
    }

    @Test
    void aSaleOfWhatWasNeverBoughtCostsNothingUntilItIsBought() {
        Result r = StockValuation.of(List.of(new Sold(NOV, id(1), "COPPER", 2_000, 60_000)));
        assertEquals(0, r.saleCosts().get(id(1)));
        assertEquals(new Stock(-2_000, 0), r.stock().get("COPPER"));
    }

    @Test
    void lossesAreValuedAtTheAverageAndReportedApartFromTheMargin() {
        Result r = StockValuation.of(List.of(
                new Bought(NOV, "CARDBOARD", 100_000, 30_000),
                new Adjusted(NOV, id(1), "CARDBOARD", -5_000, AdjustReason.DRYING, null),
                new Adjusted(NOV, id(2), "CARDBOARD", -1_000, AdjustReason.DIRT, null),
                new Adjusted(NOV, id(3), "CARDBOARD", 2_000, AdjustReason.COUNT, null),
                new Sold(NOV, id(4), "CARDBOARD", 50_000, 20_000)));

        assertEquals(new MonthFigures(NOV, 1, 50_000, 20_000, 15_000, 4_000, 1_200), r.month(NOV),
                "lost 6 kg less 2 kg found, at 3 baht a kilogram");
        assertEquals(new Stock(46_000, 13_800), r.stock().get("CARDBOARD"));
    }

    @Test
    void aResortMovesWeightAndItsCostIntoTheOtherMaterialWithoutALoss() {
        Result r = StockValuation.of(List.of(
                new Bought(NOV, "PET_CLEAR", 10_000, 8_000),
                new Bought(NOV, "PET_COLOR", 10_000, 4_000),
                new Adjusted(NOV, id(1), "PET_CLEAR", -2_000, AdjustReason.RESORTED, "PET_COLOR"),
                new Sold(DEC, id(2), "PET_COLOR", 12_000, 9_000)));

        assertEquals(new Stock(8_000, 6_400), r.stock().get("PET_CLEAR"));
        assertEquals(0, r.month(NOV).lostGrams());
        assertEquals(4_000 + 1_600, r.saleCosts().get(id(2)), "December's rate includes what was re-sorted in");
        assertEquals(new Stock(0, 0), r.stock().get("PET_COLOR"));
    }
}
