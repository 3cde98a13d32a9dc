package th.wastebank.client.welfare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.welfare.WelfareType;

/**
 * A member's claim on a scheme as this phone knows it, with this phone's eligibility check and what
 * has been paid on it.
 *
 * @param unmetTh the rules the member did not meet, in Thai (the shared model's sentences)
 * @param payouts payouts on the claim that were not reversed
 * @param paid    their total, in satang
 */
public record Claim(UUID id, UUID schemeId, String schemeName, WelfareType kind, UUID memberId, String memberName,
                    LocalDate eventDate, Long days, String note, List<String> photos, Instant filedAt,
                    boolean eligible, List<String> unmetTh, List<String> unmetEn, boolean schemePaused,
                    int payouts, long paid, SyncState syncState) {
    public Claim {
        photos = photos == null ? List.of() : List.copyOf(photos);
        unmetTh = List.copyOf(unmetTh);
        unmetEn = List.copyOf(unmetEn);
    }

    public boolean isPaid() {
        return payouts > 0;
    }
}
