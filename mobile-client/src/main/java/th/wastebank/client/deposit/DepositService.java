package th.wastebank.client.deposit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.Validation;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.ledger.ReceiptNumbers;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.price.PriceBoard;
import th.wastebank.client.price.PriceRow;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.deposit.ReceiptNumber;
import th.wastebank.id.IdGenerator;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Records a member's deposit: each line is priced by the board of the deposit's day with the one
 * amount rule ({@link DepositLine#priced}), checked by the same rules the server applies, and saved
 * with its outbox op in one transaction before the screen says "saved". The lines the screen showed
 * are compared with that pricing inside the same transaction, so a price set between the check and
 * the write cannot slip in.
 */
public final class DepositService {
    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public DepositService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /** A weighed material, before pricing. */
    public record LineDraft(String materialCode, long grams) {
    }

    /** What was saved, for the receipt; {@code number} is what the receipt prints as its number. */
    public record Receipt(UUID entryId, Member member, Instant at, List<DepositLine> lines, long total,
                          long balanceAfter, String number) {
    }

    /**
     * The price board moved between showing the lines and saving them: nothing was saved.
     * {@code lines} are the drafts priced by the board now, {@code board} is that board.
     */
    public static final class PricesChanged extends RuntimeException {
        private final transient List<DepositLine> lines;
        private final transient List<PriceRow> board;

        PricesChanged(List<DepositLine> lines, List<PriceRow> board) {
            super("the price board changed while the deposit was on screen", null, false, false);
            this.lines = List.copyOf(lines);
            this.board = List.copyOf(board);
        }

        public List<DepositLine> lines() {
            return lines;
        }

        public List<PriceRow> board() {
            return board;
        }
    }

    public Receipt record(UUID memberId, List<LineDraft> drafts) {
        return record(memberId, drafts, null);
    }

    /**
     * Records the deposit if its lines, priced now, are the lines {@code shown} (null: whatever they
     * price to).
     *
     * @throws PricesChanged when they are not; nothing is saved
     */
    public Receipt record(UUID memberId, List<LineDraft> drafts, List<DepositLine> shown) {
        if (memberId == null) {
            throw Invalid.of(ReasonCode.MEMBER_REQUIRED, "memberId");
        }
        Instant at = clock.instant();
        UUID entryId = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            Member member = MemberService.find(c, memberId)
                    .orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_MEMBER, "memberId"));
            List<PriceRow> board = PriceBoard.board(c, LocalDate.ofInstant(at, Dates.THAI));
            List<DepositLine> lines = priceLines(drafts, board);
            if (shown != null && !lines.equals(shown)) {
                throw new PricesChanged(lines, board);
            }
            Optional<String> receiptNo = ReceiptNumbers.assign(c, entryId);
            DepositRecord deposit = DepositRecord.of(memberId, at, lines).withReceiptNo(receiptNo.orElse(null));
            Validation.require(deposit, at);
            Ledger.insert(c, new LedgerEntry(entryId, memberId, Account.MEMBER_SAVINGS, EntryKind.DEPOSIT,
                    deposit.total(), deposit.totalGrams(), at, null, null, SyncState.PENDING, false), lines);
            Outbox.add(c, opId, entryId, deposit, at);
            String number = receiptNo.orElseGet(() -> ReceiptNumber.legacy(entryId));
            return new Receipt(entryId, member, at, lines, deposit.total(), Ledger.balance(c, memberId), number);
        });
    }

    private static List<DepositLine> priceLines(List<LineDraft> drafts, List<PriceRow> board) {
        Map<String, PriceRow> byCode = board.stream().collect(Collectors.toMap(PriceRow::materialCode, Function.identity()));
        List<Violation> violations = new ArrayList<>();
        List<DepositLine> lines = new ArrayList<>();
        if (drafts.isEmpty()) {
            throw Invalid.of(ReasonCode.NO_LINES, "lines");
        }
        for (int i = 0; i < drafts.size(); i++) {
            LineDraft d = drafts.get(i);
            PriceRow row = byCode.get(d.materialCode());
            if (row == null || !row.priced()) {
                violations.add(Violation.of(ReasonCode.UNKNOWN_MATERIAL, "lines[" + i + "].materialCode"));
                continue;
            }
            lines.add(DepositLine.priced(d.materialCode(), d.grams(), row.pricePerKg()));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return lines;
    }
}
