package th.wastebank.client.welfare;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.welfare.Funding;

/** A levy run as this phone holds it: which scheme and event, how many members, the total, who approved. */
public record Levy(UUID id, UUID schemeId, String schemeName, String event, String reason, Funding basis,
                   Instant runAt, int members, long total, List<String> approvedBy, SyncState syncState) {
    public Levy {
        approvedBy = List.copyOf(approvedBy);
    }
}
