package th.wastebank.server.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.inject.Singleton;

import th.wastebank.server.statement.BankBookReads;
import th.wastebank.statement.FiscalTotals;
import th.wastebank.year.FiscalYear;

/**
 * The org page's section on the bank's year: the current and the previous fiscal year's (October to
 * September) totals, counted as the phone counts them, and the month the statement links offer.
 */
@Singleton
public class OrgYear {
    private final BankBookReads books;

    public OrgYear(BankBookReads books) {
        this.books = books;
    }

    public record Section(List<FiscalTotals> years, String lastMonth) {
    }

    public Section of(long orgId, LocalDate today) {
        return new Section(FiscalTotals.currentAndPrevious(books.of(orgId, ""), FiscalYear.of(today)),
                YearMonth.from(today).minusMonths(1).toString());
    }
}
