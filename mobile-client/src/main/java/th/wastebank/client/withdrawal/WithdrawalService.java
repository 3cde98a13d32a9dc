package th.wastebank.client.withdrawal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.committee.Approved;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.Validation;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.ledger.ReceiptNumbers;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.deposit.ReceiptNumber;
import th.wastebank.id.IdGenerator;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.validation.ReasonCode;
import th.wastebank.withdrawal.WithdrawalRecord;

/**
 * Pays cash out of a member's savings: never above the balance this phone knows, and confirmed by
 * two different committee members (the one paying and a second). It takes the next receipt number,
 * as a deposit does, so the member can quote it and finds it in the passbook.
 */
public final class WithdrawalService {
    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public WithdrawalService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * What was paid: its entry (for the slip), the member's balance after it, and the number the
     * member is told, from the counter the deposits' receipts use ({@link ReceiptNumbers}).
     */
    public record Paid(UUID entryId, long balanceAfter, String number) {
    }

    public Paid record(UUID memberId, long amount, String paidBy, String confirmedBy) {
        return record(memberId, amount, Approved.byNames(paidBy, confirmedBy));
    }

    /** Pays out, approved by two typed names or two roster members whose PINs were checked. */
    public Paid record(UUID memberId, long amount, Approved approved) {
        if (memberId == null) {
            throw Invalid.of(ReasonCode.MEMBER_REQUIRED, "memberId");
        }
        Instant at = clock.instant();
        WithdrawalRecord w = new WithdrawalRecord(memberId, amount, at, approved.names(), null, approved.ids());
        Validation.require(w, at);
        UUID entryId = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            if (MemberService.find(c, memberId).isEmpty()) {
                throw Invalid.of(ReasonCode.UNKNOWN_MEMBER, "memberId");
            }
            long balance = Ledger.balance(c, memberId);
            if (amount > balance) {
                throw Invalid.of(ReasonCode.BALANCE_TOO_LOW, "amount");
            }
            Optional<String> receiptNo = ReceiptNumbers.assign(c, entryId);
            Ledger.insert(c, new LedgerEntry(entryId, memberId, Account.MEMBER_SAVINGS, EntryKind.WITHDRAWAL, -amount,
                    0, at, null, String.join(", ", w.approvedBy()), SyncState.PENDING, false), null);
            Outbox.add(c, opId, entryId, w.withReceiptNo(receiptNo.orElse(null)), at);
            return new Paid(entryId, balance - amount, receiptNo.orElseGet(() -> ReceiptNumber.legacy(entryId)));
        });
    }
}
