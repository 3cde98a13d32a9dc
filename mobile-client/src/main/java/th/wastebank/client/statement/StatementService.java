package th.wastebank.client.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.sale.SaleService;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.Settings;
import th.wastebank.statement.BankBooks;
import th.wastebank.validation.Dates;

/**
 * The bank's books as this phone holds them (its members, every ledger entry, its sales and the
 * stock's movements), for the committee's monthly statement and the fiscal-year totals; the figures
 * are shared-model's ({@code statement.MonthlyStatements}, {@code FiscalTotals}), as on the server.
 */
public final class StatementService {
    private final ClientStore store;
    private final Settings settings;
    private final SaleService sales;
    private final Clock clock;

    public StatementService(ClientStore store, Settings settings, SaleService sales, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.sales = sales;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.THAI));
    }

    public BankBooks books() {
        String org = settings.get(Settings.ORG_NAME, "");
        List<BankBooks.Member> members = new ArrayList<>();
        List<BankBooks.Entry> entries = new ArrayList<>();
        store.read(c -> {
            for (Member m : MemberService.all(c)) {
                members.add(new BankBooks.Member(m.id(), m.name(), m.number() == null ? "" : m.writtenNumber(),
                        m.leftOn()));
            }
            entries.addAll(Ledger.books(c));
            return null;
        });
        return new BankBooks(org.isBlank() ? "ธนาคารขยะ" : "ธนาคารขยะ " + org, members, entries, sales.salesForBooks(),
                sales.movements());
    }
}
