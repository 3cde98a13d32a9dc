package th.wastebank.ledger;

import java.util.UUID;

/**
 * One ledger entry an op creates, as both phone and server write it: which account, whose (a
 * member, or none for the fund as a whole), why, and the signed amount (credit &gt; 0).
 */
public record Posting(UUID id, Account account, UUID memberId, EntryKind kind, long amount) {
}
