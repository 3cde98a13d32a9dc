package th.wastebank.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import th.wastebank.sale.StockValuation;

/**
 * What a bank's statement and year totals are made from, as the phone's store and the server's
 * database both hold it: the members, every ledger entry (with its Thai day), every sale, and the
 * stock's movements. Each side loads these rows from its own store; {@link MonthlyStatements} and
 * {@link FiscalTotals} turn them into figures, so the phone and the server count the same way.
 */
public record BankBooks(String bankName, List<Member> members, List<Entry> entries, List<Sale> sales,
                        List<StockValuation.Movement> stockMoves) {

    public BankBooks {
        members = List.copyOf(members);
        entries = List.copyOf(entries);
        sales = List.copyOf(sales);
        stockMoves = List.copyOf(stockMoves);
    }

    /**
     * A member; {@code number} may be empty where members have no numbers yet; {@code leftOn} is the
     * day they moved away, died, left or were merged (null: still a member).
     */
    public record Member(UUID id, String name, String number, LocalDate leftOn) {
        public Member(UUID id, String name, String number) {
            this(id, name, number, null);
        }
    }

    /**
     * One ledger entry: account and kind codes ({@code ledger.Account}, {@code ledger.EntryKind}),
     * signed satang, grams (deposits), the Thai day it occurred, and the member (null for the fund).
     */
    public record Entry(int account, int kind, UUID memberId, long amount, long grams, LocalDate day) {
    }

    /** One sale: its Thai day, its buyer's name, total grams and satang. */
    public record Sale(UUID id, LocalDate day, String buyerName, long grams, long satang) {
    }
}
