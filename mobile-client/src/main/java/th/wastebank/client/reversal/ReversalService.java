package th.wastebank.client.reversal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.id.IdGenerator;
import th.wastebank.ledger.EntryKind;
import th.wastebank.ledger.EntryReverse;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Corrects a mistaken entry by a reversal that names it: the original stays in the passbook,
 * crossed out by the reversal beside it.
 */
public final class ReversalService {
    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public ReversalService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    public LedgerEntry reverse(UUID entryId, String reason) {
        EntryReverse r = new EntryReverse(entryId, reason == null ? null : reason.strip());
        Instant at = clock.instant();
        List<Violation> violations = r.validate(at);
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        UUID reversalId = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            LedgerEntry target = Ledger.find(c, entryId)
                    .orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_ENTRY, "entryId"));
            if (target.kind() == EntryKind.REVERSAL) {
                throw Invalid.of(ReasonCode.CANNOT_REVERSE_REVERSAL, "entryId");
            }
            if (target.reversed()) {
                throw Invalid.of(ReasonCode.ALREADY_REVERSED, "entryId");
            }
            LedgerEntry reversal = new LedgerEntry(reversalId, target.memberId(), target.account(), EntryKind.REVERSAL,
                    -target.amount(), -target.grams(), at, target.id(), r.reason(), SyncState.PENDING, false);
            Ledger.insert(c, reversal, null);
            Outbox.add(c, opId, reversalId, r, at);
            return reversal;
        });
    }
}
