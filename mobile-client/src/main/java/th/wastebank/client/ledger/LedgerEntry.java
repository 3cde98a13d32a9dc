package th.wastebank.client.ledger;

import java.time.Instant;
import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;

/**
 * One ledger entry on the phone. {@code amount} is signed satang (credit &gt; 0); {@code reversed}
 * is true once a reversal names this entry.
 */
public record LedgerEntry(UUID id, UUID memberId, Account account, EntryKind kind, long amount, long grams,
                          Instant occurredAt, UUID reversesId, String note, SyncState syncState, boolean reversed) {
}
