package th.wastebank.statement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The committee's statement for one month, as figures (money in satang, weights in grams): each
 * member's savings at the month's end, the month's deposits by member, its sales by buyer, the stock
 * at the month's end (at the average cost, ADR 0012), the month's margin, and the welfare fund's
 * movements and balance. Made by {@link MonthlyStatements}; drawn as PDF and XLSX by the
 * {@code statement-doc} module, on the phone and on the server alike.
 */
public record MonthlyStatement(String bankName, YearMonth month, LocalDate monthEnd,
                               List<MemberBalance> balances, long savingsTotal,
                               List<MemberDeposits> deposits, long depositGrams, long depositSatang,
                               long withdrawalSatang,
                               List<BuyerSales> sales, long saleCount, long saleGrams, long saleSatang,
                               long costSatang, long marginSatang,
                               List<StockLine> stock, long stockValueSatang,
                               Fund fund) {

    public MonthlyStatement {
        balances = List.copyOf(balances);
        deposits = List.copyOf(deposits);
        sales = List.copyOf(sales);
        stock = List.copyOf(stock);
    }

    /** A member's savings at the month's end. */
    public record MemberBalance(String number, String name, long satang) {
    }

    /** A member's deposits in the month. */
    public record MemberDeposits(String number, String name, long count, long grams, long satang) {
    }

    /** A buyer's purchases from the bank in the month. */
    public record BuyerSales(String buyerName, long count, long grams, long satang) {
    }

    /** A material on hand at the month's end; grams negative after an oversell. */
    public record StockLine(String materialCode, String nameTh, long grams, long valueSatang) {
    }

    /** The welfare fund: the balance before the month, what came in and went out, the balance after. */
    public record Fund(long openingSatang, long inSatang, long outSatang, long closingSatang) {
    }
}
