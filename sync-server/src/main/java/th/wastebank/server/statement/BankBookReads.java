package th.wastebank.server.statement;

import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Reads;
import th.wastebank.server.ledger.LedgerEntries;
import th.wastebank.server.member.Members;
import th.wastebank.server.sale.SaleReads;
import th.wastebank.statement.BankBooks;

/**
 * An org's books as the statement and the fiscal-year totals need them, read in one transaction from
 * the packages that own the tables (members, the ledger, sales and stock), so the figures agree
 * with one another; the figures themselves are shared-model's, as on the phone.
 */
@Singleton
public class BankBookReads {
    private final Reads reads;

    public BankBookReads(Database database) {
        this.reads = database.reads();
    }

    public BankBooks of(long orgId, String bankName) {
        return reads.with(c -> new BankBooks(bankName, Members.all(c, orgId).stream()
                .map(m -> new BankBooks.Member(m.id(), m.name(), m.number(), m.leftOn())).toList(), LedgerEntries.books(c, orgId),
                SaleReads.books(c, orgId), SaleReads.movements(c, orgId)));
    }
}
