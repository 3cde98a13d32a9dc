package th.wastebank.sync;

import java.util.UUID;

/**
 * What a device receives once: its id and the bearer token that authorises exactly one org. The
 * server keeps only a hash of the token, so it cannot be shown again.
 */
public record PairResponse(UUID deviceId, String token, OrgRef org) {
}
