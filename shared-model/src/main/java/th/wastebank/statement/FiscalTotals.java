package th.wastebank.statement;

import java.time.YearMonth;
import java.util.List;

import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.sale.StockValuation;
import th.wastebank.year.FiscalYear;

/**
 * A fiscal year's (October to September) totals of a bank: deposits (kg and baht), withdrawals,
 * sales and their margin, and the welfare fund's money in and out. Both the phone and the
 * dashboard show the current and the previous fiscal year with these.
 */
public record FiscalTotals(FiscalYear year, long depositCount, long depositGrams, long depositSatang,
                           long withdrawalCount, long withdrawalSatang, long saleCount, long saleGrams,
                           long saleSatang, long marginSatang, long fundInSatang, long fundOutSatang) {

    /** The totals of {@code year} from the bank's books. */
    public static FiscalTotals of(BankBooks books, FiscalYear year) {
        long[] t = new long[11];
        for (BankBooks.Entry e : books.entries()) {
            if (e.day().isBefore(year.first()) || e.day().isAfter(year.last())) {
                continue;
            }
            if (e.standingSavings(EntryKind.DEPOSIT)) {
                t[0]++;
                t[1] += e.grams();
                t[2] += e.amount();
            } else if (e.standingSavings(EntryKind.WITHDRAWAL)) {
                t[3]++;
                t[4] -= e.amount();
            } else if (e.account() == Account.WELFARE_FUND.code()) {
                if (e.amount() >= 0) {
                    t[9] += e.amount();
                } else {
                    t[10] -= e.amount();
                }
            }
        }
        StockValuation.Result valued = StockValuation.of(books.stockMoves());
        for (YearMonth m = YearMonth.from(year.first()); !m.isAfter(YearMonth.from(year.last())); m = m.plusMonths(1)) {
            StockValuation.MonthFigures f = valued.month(m);
            t[5] += f.sales();
            t[6] += f.soldGrams();
            t[7] += f.salesSatang();
            t[8] += f.marginSatang();
        }
        return new FiscalTotals(year, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10]);
    }

    /** The current and the previous fiscal year, the current first. */
    public static List<FiscalTotals> currentAndPrevious(BankBooks books, FiscalYear current) {
        return List.of(of(books, current), of(books, FiscalYear.of(current.first().minusDays(1))));
    }
}
