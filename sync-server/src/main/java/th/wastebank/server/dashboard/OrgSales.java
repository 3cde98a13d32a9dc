package th.wastebank.server.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Singleton;

import th.wastebank.material.Material;
import th.wastebank.material.MaterialCatalogue;
import th.wastebank.server.sale.SaleReads;

/**
 * The org page's section on what the bank does with the waste it buys: what is in stock (kg and its
 * value at the average cost), and month by month what it sold, what that waste had cost, the margin
 * and the weight lost to drying, dirt or damage. Months with neither a sale nor a loss are left out.
 * This month's sales are listed one by one; a voided one (ADR 0020) is shown struck through with its
 * reason and counts in none of the totals.
 */
@Singleton
public class OrgSales {
    /** How far back the months go: a year, like the chart above it. */
    static final int MONTHS = 12;

    private final SaleReads sales;

    public OrgSales(SaleReads sales) {
        this.sales = sales;
    }

    /** A material on hand; {@code grams} is negative when more was sold than the bank recorded buying. */
    public record Stock(String code, String nameTh, long grams, long valueSatang) {
        public boolean isShort() {
            return grams < 0;
        }
    }

    public record Section(List<Stock> stock, long stockValueSatang, List<SaleReads.SaleMonth> months,
                          SaleReads.SaleMonth thisMonth, List<SaleReads.SaleRow> thisMonthSales) {
        public boolean empty() {
            return stock.isEmpty() && months.isEmpty() && thisMonthSales.isEmpty();
        }
    }

    public Section of(long orgId, YearMonth thisMonth) {
        List<Stock> stock = sales.stock(orgId).stream()
                .map(s -> new Stock(s.materialCode(), MaterialCatalogue.find(s.materialCode()).map(Material::nameTh)
                        .orElse(s.materialCode()), s.grams(), s.valueSatang()))
                .toList();
        List<SaleReads.SaleMonth> year = sales.months(orgId, thisMonth.minusMonths(MONTHS - 1), thisMonth);
        List<SaleReads.SaleMonth> active = new ArrayList<>(
                year.stream().filter(m -> m.sales() > 0 || m.lostGrams() != 0).toList());
        Collections.reverse(active); // the latest month first, as the officer reads it
        return new Section(stock, stock.stream().mapToLong(Stock::valueSatang).sum(), active, year.get(year.size() - 1),
                sales.sales(orgId, thisMonth));
    }
}
