package th.wastebank.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
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
     * signed satang, grams (deposits), the Thai day it occurred, the member (null for the fund), and
     * whether a reversal has undone it (a deposit weighed twice by mistake).
     */
    public record Entry(int account, int kind, UUID memberId, long amount, long grams, LocalDate day,
                        boolean reversed) {
        public Entry(int account, int kind, UUID memberId, long amount, long grams, LocalDate day) {
            this(account, kind, memberId, amount, grams, day, false);
        }

        /**
         * True for a savings entry of this kind that stands: a reversed deposit or withdrawal is not
         * counted among the deposits or withdrawals (its reversal, which is neither, cancels its money).
         */
        public boolean standingSavings(EntryKind k) {
            return account == Account.MEMBER_SAVINGS.code() && kind == k.code() && !reversed;
        }
    }

    /** One sale: its Thai day, its buyer's name, total grams and satang. */
    public record Sale(UUID id, LocalDate day, String buyerName, long grams, long satang) {
    }
}
