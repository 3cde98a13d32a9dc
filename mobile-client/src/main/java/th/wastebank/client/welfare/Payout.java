package th.wastebank.client.welfare;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.store.SyncState;

/** Money handed to a claimant out of the welfare fund; {@code reversed} once a reversal names it. */
public record Payout(UUID id, UUID claimId, long amount, Instant paidAt, List<String> approvedBy, boolean reversed,
                     SyncState syncState) {
    public Payout {
        approvedBy = List.copyOf(approvedBy);
    }
}
